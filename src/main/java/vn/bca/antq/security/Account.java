package vn.bca.antq.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An account as the ADMIN's user list shows it (never its password hash). */
public record Account(long id, String username, String displayName, Role role, @Nullable String provinceCode, boolean enabled,
                      boolean mustChangePassword, boolean demo, int failedAttempts, @Nullable Instant lockedUntil, Instant createdAt) {

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
