package vn.bca.antq.source;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether the database holds synthetic demo data: then every page says so once at the top. */
@Service
@Transactional(readOnly = true)
public class DemoDatabase {

    private final SourceRepository sources;

    DemoDatabase(SourceRepository sources) {
        this.sources = sources;
    }

    @PreAuthorize("isAuthenticated()")
    public boolean holdsSyntheticData() {
        return sources.existsByKind(SourceKind.SYNTHETIC);
    }
}
