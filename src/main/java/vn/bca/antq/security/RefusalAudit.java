package vn.bca.antq.security;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.bca.antq.base.AccessRefused;

/** Records every page or data refused to a signed-in user in the audit log, with who, from where and what. */
@Component
class RefusalAudit {

    private final AuditService audit;

    RefusalAudit(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void refused(AccessRefused refusal) {
        audit.record(AuditKind.ACCESS_DENIED, null, null, refusal.path(), refusal.why());
    }
}
