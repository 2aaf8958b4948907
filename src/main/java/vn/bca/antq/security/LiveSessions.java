package vn.bca.antq.security;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The live sessions of this node per signed-in principal (an account's id, or a screen's negative token id), so that
 * a change of an account or a revoked token ends them at once, push connections included. Other nodes end theirs at
 * the session's next request ({@link SessionFreshnessFilter}). Sessions are held weakly: one that ends by itself
 * simply disappears.
 */
@Component
class LiveSessions {

    private final Map<Long, Set<HttpSession>> byPrincipal = new ConcurrentHashMap<>();

    void add(long principalId, HttpSession session) {
        byPrincipal
                .computeIfAbsent(
                        principalId, id -> Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>())))
                .add(session);
    }

    /** Ends every session of the principal on this node. */
    void end(long principalId) {
        endWhere(principalId, session -> true);
    }

    /**
     * Ends the principal's sessions on this node that were signed in before the account's version {@code version}:
     * after a user changed their own password, every session but the one that changed it (which carries on with the
     * new version).
     */
    void endOlderThan(long principalId, long version) {
        endWhere(
                principalId,
                session -> !(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                                instanceof SecurityContext context
                        && context.getAuthentication() != null
                        && context.getAuthentication().getPrincipal() instanceof SignedInUser user
                        && user.accountVersion() >= version));
    }

    private void endWhere(long principalId, Predicate<HttpSession> ending) {
        Set<HttpSession> sessions = byPrincipal.get(principalId);
        if (sessions == null) {
            return;
        }
        List<HttpSession> ended = new ArrayList<>();
        synchronized (sessions) {
            for (HttpSession session : sessions) {
                try {
                    if (ending.test(session)) {
                        ended.add(session);
                    }
                } catch (IllegalStateException alreadyInvalid) {
                    ended.add(session);
                }
            }
            ended.forEach(sessions::remove);
        }
        for (HttpSession session : ended) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // the session ended by itself
            }
        }
    }
}
