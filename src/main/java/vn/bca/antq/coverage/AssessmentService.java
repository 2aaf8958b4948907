package vn.bca.antq.coverage;

import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bca.antq.admin.AdminUnit;

/** What the stored "An toàn về ANTT" assessments say beyond their counts (which the indicator service aggregates). */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

    private final LegalBases legalBases;

    AssessmentService(LegalBases legalBases) {
        this.legalBases = legalBases;
    }

    /**
     * For each assessment year, the rules the assessments at or beneath {@code unit} were made under (across both
     * structures for a new province), as stored with each assessment; years without assessments are absent.
     */
    @PreAuthorize("@accessScope.mayRead(#unit)")
    public Map<Integer, Set<LegalBasis>> legalBasesByYear(AdminUnit unit) {
        return legalBases.byYear(unit);
    }
}
