package vn.bca.antq.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signs a conference screen in with its presenter token, without a login prompt: given once as {@code ?screen=TOKEN}
 * (the filter then keeps it in an HttpOnly cookie and redirects to the same address without it), and after that from
 * the cookie, so a screen that reloads after a server restart is signed in again by itself. Such a session has no idle
 * timeout, only an absolute lifetime after which the cookie signs the screen in anew; a revoked, rotated or expired
 * token ends it ({@link SessionFreshnessFilter}, and {@link LiveSessions} at once on the node where an ADMIN acted).
 * A valid token always signs its screen in, whatever else came from its address; an invalid one clears the cookie
 * and is audited, one row per refusal until a burst from one address is summarised ({@link SignInThrottle}).
 */
class PresenterTokenFilter extends OncePerRequestFilter {

    static final String PARAMETER = "screen";
    static final String COOKIE = "antq-screen";

    private final AccountStore store;
    private final LiveSessions sessions;
    private final AuditService audit;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final boolean secureCookies;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    PresenterTokenFilter(
            AccountStore store,
            LiveSessions sessions,
            AuditService audit,
            SignInThrottle throttle,
            Clock clock,
            boolean secureCookies) {
        this.store = store;
        this.sessions = sessions;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
        this.secureCookies = secureCookies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // looked up per request: Vaadin installs its own strategy after this filter is built, and the context loaded
        // from
        // the session lives there (a strategy kept from construction never saw it and signed the screen in anew, with a
        // new session id, on every request)
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        String fromParameter = request.getParameter(PARAMETER);
        String token = fromParameter != null && !fromParameter.isBlank() ? fromParameter.strip() : cookie(request);
        Authentication current = holder.getContext().getAuthentication();
        boolean signedIn =
                current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken);
        if (!signedIn && token != null) {
            Optional<PresenterToken> found =
                    store.tokenByHash(Tokens.hash(token)).filter(t -> t.isActiveAt(clock.instant()));
            if (found.isPresent()) {
                signIn(holder, found.get(), token, request, response);
            } else {
                rejected(request.getRemoteAddr());
                clearCookie(response);
            }
        }
        if (fromParameter != null && "GET".equals(request.getMethod())) {
            // the token stays out of the address bar, history and Referer headers
            response.sendRedirect(withoutToken(request));
            return;
        }
        chain.doFilter(request, response);
    }

    private void signIn(
            SecurityContextHolderStrategy holder,
            PresenterToken token,
            String tokenText,
            HttpServletRequest request,
            HttpServletResponse response) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(-1);
        SignedInUser user = SignedInUser.screen(token, clock.instant());
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(Role.PRESENTER.authority()));
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        repository.saveContext(context, request, response);
        sessions.add(user.id(), session);
        store.tokenUsed(token.id(), clock.instant());
        audit.record(
                AuditKind.SCREEN_SIGN_IN, user.username(), request.getRemoteAddr(), token.name(), "presenter token");
        Cookie cookie = new Cookie(COOKIE, tokenText);
        cookie.setHttpOnly(true);
        cookie.setSecure(secureCookies || request.isSecure());
        cookie.setPath(cookiePath(request));
        cookie.setMaxAge((int)
                Math.max(0, Duration.between(clock.instant(), token.expiresAt()).toSeconds()));
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** Audited one by one, until one address sends so many that they are counted into one row per burst. */
    private void rejected(String address) {
        SignInThrottle.Decision decision = throttle.rejectedScreenToken(address);
        if (decision.endedBurst() != null) {
            audit.record(
                    AuditKind.SIGN_IN_THROTTLED,
                    null,
                    address,
                    "screen tokens",
                    decision.endedBurst().refused() + " invalid screen tokens not audited one by one, since "
                            + decision.endedBurst().since());
        }
        if (decision.allowed()) {
            audit.record(
                    AuditKind.SCREEN_TOKEN_REJECTED,
                    null,
                    address,
                    null,
                    "unknown, revoked or expired presenter token");
        } else if (decision.burstStarts()) {
            audit.record(
                    AuditKind.SIGN_IN_THROTTLED,
                    null,
                    address,
                    "screen tokens",
                    "many invalid screen tokens: counted until " + decision.retryAt());
        }
    }

    private void clearCookie(HttpServletResponse response) {
        Cookie cookie = new Cookie(COOKIE, "");
        cookie.setHttpOnly(true);
        cookie.setSecure(secureCookies);
        cookie.setPath("/");
        cookie.setMaxAge(0);
        response.addCookie(cookie);
    }

    private static String cookiePath(HttpServletRequest request) {
        String path = request.getContextPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static @Nullable String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static String withoutToken(HttpServletRequest request) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(request.getRequestURI());
        if (request.getQueryString() != null) {
            builder.query(request.getQueryString());
        }
        return builder.replaceQueryParam(PARAMETER).build().toUriString();
    }
}
