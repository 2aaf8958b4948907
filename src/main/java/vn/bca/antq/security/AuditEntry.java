package vn.bca.antq.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the audit log: when, who, from where, what kind, on what, and the data before and after a change. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        @Nullable String username,
        AuditKind kind,
        @Nullable String address,
        @Nullable String target,
        @Nullable String detail,
        @Nullable String before,
        @Nullable String after) {}
