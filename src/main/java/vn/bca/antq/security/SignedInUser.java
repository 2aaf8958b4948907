package vn.bca.antq.security;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The principal of a signed-in account or presenter screen, kept in the session. {@code provinceCode} is the
 * 34-province code of a province officer; {@code tokenId} the presenter token a screen signed in with.
 */
public record SignedInUser(long id, String username, String displayName, Role role, @Nullable String provinceCode,
                           boolean mustChangePassword, @Nullable Long tokenId) implements AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return username;
    }

    public SignedInUser withPasswordChanged() {
        return new SignedInUser(id, username, displayName, role, provinceCode, false, tokenId);
    }

    public boolean isScreen() {
        return tokenId != null;
    }
}
