package vn.bca.antq.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose rights have changed since it signed in, before the request is served: the account was
 * disabled, deleted, moved, given another role or a new password (its version moved on), the session outlived its
 * absolute lifetime, or a screen's token was revoked, rotated or expired. The database decides, so a change made on
 * one node ends the session on any node at its next request; the node that made the change has already ended its own
 * ({@link LiveSessions}). A live session is registered so that a later change can end it at once.
 */
class SessionFreshnessFilter extends OncePerRequestFilter {

    private final AccountStore store;
    private final LiveSessions sessions;
    private final AuditService audit;
    private final SecuritySettings settings;
    private final Clock clock;

    SessionFreshnessFilter(
            AccountStore store, LiveSessions sessions, AuditService audit, SecuritySettings settings, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Files that are public anyway (the application's scripts and styles, the boundary geometry) carry no data of the
     * user: a page loads some thirty of them at once, and asking the database for each kept every page waiting. Push,
     * downloads ({@code /VAADIN/dynamic/…}) and every page and UIDL request are still checked.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod())
                && (path.startsWith("/VAADIN/build/")
                        || path.startsWith("/lumo/")
                        || path.startsWith("/geo/")
                        || path.matches("/[^/]+\\.css"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            // looked up per request: Vaadin installs its own strategy after the filter chain is built
            SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
            Authentication authentication = holder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
                String stale = staleness(user, clock.instant());
                if (stale != null) {
                    audit.record(
                            AuditKind.SIGN_OUT,
                            user.username(),
                            request.getRemoteAddr(),
                            user.username(),
                            "session ended: " + stale);
                    holder.clearContext();
                    invalidate(session);
                } else {
                    sessions.add(user.id(), session);
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** Why the session may no longer act for its principal, or null while it may. */
    private @Nullable String staleness(SignedInUser user, Instant now) {
        if (user.isScreen()) {
            if (user.signedInAt().plus(settings.screenSessionLifetime()).isBefore(now)) {
                return "screen session lifetime reached";
            }
            return store.tokenById(Objects.requireNonNull(user.tokenId(), "a screen signs in with a token"))
                            .filter(token -> token.admits(user.signedInAt(), now))
                            .isPresent()
                    ? null
                    : "token revoked, rotated or expired";
        }
        if (user.signedInAt().plus(settings.sessionLifetime()).isBefore(now)) {
            return "session lifetime reached";
        }
        return store.version(user.id())
                        .filter(version -> version == user.accountVersion())
                        .isPresent()
                ? null
                : "account changed, disabled or given a new password";
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile
        }
    }
}
