package vn.bca.antq.security;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Collections;
import org.springframework.stereotype.Component;

/** The live sessions of conference screens per presenter token, so that revoking a token signs its screens out at once. */
@Component
class PresenterSessions {

    private final Map<Long, Set<HttpSession>> byToken = new ConcurrentHashMap<>();

    void add(long tokenId, HttpSession session) {
        byToken.computeIfAbsent(tokenId, id -> Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()))).add(session);
    }

    void signOut(long tokenId) {
        Set<HttpSession> sessions = byToken.remove(tokenId);
        if (sessions == null) {
            return;
        }
        synchronized (sessions) {
            for (HttpSession session : sessions) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // the session ended by itself
                }
            }
        }
    }
}
