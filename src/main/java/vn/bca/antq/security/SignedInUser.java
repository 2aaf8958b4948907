package vn.bca.antq.security;

import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The principal of a signed-in account or presenter screen, kept in the session. {@code provinceCode} is the
 * 34-province code of a province officer; {@code tokenId} the presenter token a screen signed in with.
 * {@code accountVersion} is the account's version at sign-in: once an ADMIN changes, disables, moves or resets the
 * account, the version moves on and the session ends at its next request, on whichever node it lives.
 */
public record SignedInUser(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable String provinceCode,
        boolean mustChangePassword,
        @Nullable Long tokenId,
        long accountVersion,
        boolean leadsPresentations,
        Instant signedInAt)
        implements AuthenticatedPrincipal, Serializable {

    static SignedInUser of(Account account, Instant now) {
        return new SignedInUser(
                account.id(),
                account.username(),
                account.displayName(),
                account.role(),
                account.provinceCode(),
                account.mustChangePassword(),
                null,
                account.version(),
                account.leadsPresentations(),
                now);
    }

    static SignedInUser screen(PresenterToken token, Instant now) {
        return new SignedInUser(
                -token.id(),
                "screen:" + token.name(),
                token.name(),
                Role.PRESENTER,
                null,
                false,
                token.id(),
                0,
                false,
                now);
    }

    @Override
    public String getName() {
        return username;
    }

    /** After the user changed their own password: no change is asked any more, and this session is the current version. */
    public SignedInUser withPasswordChanged(long newVersion) {
        return new SignedInUser(
                id,
                username,
                displayName,
                role,
                provinceCode,
                false,
                tokenId,
                newVersion,
                leadsPresentations,
                signedInAt);
    }

    public boolean isScreen() {
        return tokenId != null;
    }
}
