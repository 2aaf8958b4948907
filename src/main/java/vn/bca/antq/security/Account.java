package vn.bca.antq.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account as the ADMIN's user list shows it (never its password hash). {@code version} moves on with every change
 * of the account or its password, which ends the sessions signed in before it.
 */
public record Account(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable String provinceCode,
        boolean enabled,
        boolean mustChangePassword,
        boolean demo,
        boolean leadsPresentations,
        long version,
        Instant createdAt) {}
