package vn.bca.antq.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a background job (the alerts, the digests) with the rights of ADMIN under the name {@value #NAME}, so that it
 * reads through the same secured services as a page. Never used in a request.
 */
public final class AsSystem {

    public static final String NAME = "system";

    private AsSystem() {}

    public static <T> T call(Supplier<T> job) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(NAME, null, List.of(Role.ADMIN.authority())));
        SecurityContextHolder.setContext(system);
        try {
            return job.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
