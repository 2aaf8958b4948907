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
 * the cookie, so a screen that reloads after a server restart is signed in again by itself. Such a session never
 * times out. A revoked token signs the screen out on its next request (and {@link PresenterSessions} ends its session
 * at once when an ADMIN revokes it).
 */
class PresenterTokenFilter extends OncePerRequestFilter {

    static final String PARAMETER = "screen";
    static final String COOKIE = "antq-screen";
    private static final Duration COOKIE_LIFETIME = Duration.ofDays(400);

    private final AccountStore store;
    private final PresenterSessions sessions;
    private final AuditService audit;
    private final SignInGuard guard;
    private final Clock clock;
    private final boolean secureCookies;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    PresenterTokenFilter(AccountStore store, PresenterSessions sessions, AuditService audit, SignInGuard guard, Clock clock,
                         boolean secureCookies) {
        this.store = store;
        this.sessions = sessions;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
        this.secureCookies = secureCookies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // looked up per request: Vaadin installs its own strategy after this filter is built, and the context loaded from
        // the session lives there (a strategy kept from construction never saw it and signed the screen in anew, with a
        // new session id, on every request)
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        String fromParameter = request.getParameter(PARAMETER);
        String token = fromParameter != null && !fromParameter.isBlank() ? fromParameter.strip() : cookie(request);
        Authentication current = holder.getContext().getAuthentication();
        boolean signedIn = current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken);
        if (signedIn && current.getPrincipal() instanceof SignedInUser user && user.tokenId() != null) {
            Optional<PresenterToken> still = store.tokenById(user.tokenId()).filter(PresenterToken::isActive);
            if (still.isEmpty()) {
                signOut(holder, request, response);
                signedIn = false;
                token = null;
            }
        }
        if (!signedIn && token != null) {
            String address = request.getRemoteAddr();
            Optional<PresenterToken> found = guard.isThrottled(address) ? Optional.empty()
                    : store.tokenByHash(Tokens.hash(token)).filter(PresenterToken::isActive);
            if (found.isPresent()) {
                signIn(holder, found.get(), token, request, response);
            } else {
                guard.failed(address);
                audit.record(AuditKind.SCREEN_TOKEN_REJECTED, null, address, null, "unknown, revoked or throttled presenter token");
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

    private void signIn(SecurityContextHolderStrategy holder, PresenterToken token, String tokenText, HttpServletRequest request, HttpServletResponse response) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(-1);
        SignedInUser user = new SignedInUser(-token.id(), "screen:" + token.name(), token.name(), Role.PRESENTER, null, false, token.id());
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(Role.PRESENTER.authority()));
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        repository.saveContext(context, request, response);
        sessions.add(token.id(), session);
        store.tokenUsed(token.id(), clock.instant());
        audit.record(AuditKind.SCREEN_SIGN_IN, user.username(), request.getRemoteAddr(), token.name(), "presenter token");
        Cookie cookie = new Cookie(COOKIE, tokenText);
        cookie.setHttpOnly(true);
        cookie.setSecure(secureCookies || request.isSecure());
        cookie.setPath(cookiePath(request));
        cookie.setMaxAge((int) COOKIE_LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private void signOut(SecurityContextHolderStrategy holder, HttpServletRequest request, HttpServletResponse response) {
        holder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        clearCookie(response);
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
