package vn.bca.antq.monitoring;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.security.AccessScope;
import vn.bca.antq.security.AuditService;

/** A user's own digest of alerts by e-mail: opting in (address, how often, language) and out. */
@Service
@Transactional(readOnly = true)
public class DigestService {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Digests digests;
    private final AccessScope access;
    private final AuditService audit;
    private final ObjectProvider<JavaMailSender> mail;

    DigestService(Digests digests, AccessScope access, AuditService audit, ObjectProvider<JavaMailSender> mail) {
        this.digests = digests;
        this.access = access;
        this.audit = audit;
        this.mail = mail;
    }

    /** Whether an SMTP server is configured; without one nothing is sent and the page says so. */
    @PreAuthorize("@accessScope.followsAlerts()")
    public boolean mailConfigured() {
        return mail.getIfAvailable() != null;
    }

    @PreAuthorize("@accessScope.followsAlerts()")
    public Optional<DigestSubscription> mine() {
        return digests.of(access.username().orElseThrow());
    }

    @PreAuthorize("@accessScope.followsAlerts()")
    @Transactional
    public void subscribe(String email, DigestFrequency frequency, Language language) {
        String address = email.strip();
        if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
            throw new MonitoringRefused("digest.error.email", address);
        }
        String username = access.username().orElseThrow();
        digests.save(username, address, frequency, language);
        audit.recordChange("digest " + username, frequency + " " + language, null, address);
    }

    @PreAuthorize("@accessScope.followsAlerts()")
    @Transactional
    public void unsubscribe() {
        String username = access.username().orElseThrow();
        digests.of(username).ifPresent(before -> {
            digests.remove(username);
            audit.recordChange("digest " + username, "unsubscribe", before.email(), null);
        });
    }
}
