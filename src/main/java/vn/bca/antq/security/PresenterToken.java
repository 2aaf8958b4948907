package vn.bca.antq.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A conference screen's device token as the ADMIN sees it: its name and use, never the token itself. */
public record PresenterToken(long id, String name, String createdBy, Instant createdAt, @Nullable Instant lastUsedAt,
                             @Nullable Instant revokedAt, boolean demo) {

    public boolean isActive() {
        return revokedAt == null;
    }
}
