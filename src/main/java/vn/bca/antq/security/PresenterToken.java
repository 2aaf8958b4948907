package vn.bca.antq.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A conference screen's device token as the ADMIN sees it: its name and use, never the token itself. It works until
 * it expires or is revoked; rotating it gives the screen a new secret and ends every session of the old one.
 */
public record PresenterToken(
        long id,
        String name,
        String createdBy,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        Instant expiresAt,
        @Nullable Instant rotatedAt,
        boolean demo) {

    public boolean isActiveAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    /** Whether a session signed in at {@code signedInAt} still holds the current secret. */
    boolean admits(Instant signedInAt, Instant now) {
        return isActiveAt(now) && (rotatedAt == null || !rotatedAt.isAfter(signedInAt));
    }
}
