package vn.bca.antq.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Throttles sign-in attempts per client address: after {@code antq.security.address-failures} failures within the
 * lockout window, further attempts from that address are refused until the window has passed. (The per-account
 * lockout after 5 failures is kept in the database, see {@link DatabaseAuthenticationProvider}.)
 */
@Component
class SignInGuard {

    static final int ACCOUNT_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final Clock clock;
    private final int addressFailures;
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    SignInGuard(Clock clock, @Value("${antq.security.address-failures:20}") int addressFailures) {
        this.clock = clock;
        this.addressFailures = addressFailures;
    }

    boolean isThrottled(String address) {
        Deque<Instant> failures = failuresByAddress.get(address);
        if (failures == null) {
            return false;
        }
        synchronized (failures) {
            prune(failures);
            return failures.size() >= addressFailures;
        }
    }

    void failed(String address) {
        Deque<Instant> failures = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (failures) {
            prune(failures);
            failures.addLast(clock.instant());
        }
        if (failuresByAddress.size() > 10_000) {
            failuresByAddress.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    /** Forgets an address's failures (tests, or an ADMIN after checking). */
    void clear(String address) {
        failuresByAddress.remove(address);
    }

    private void prune(Deque<Instant> failures) {
        Instant since = clock.instant().minus(LOCKOUT);
        while (!failures.isEmpty() && failures.peekFirst().isBefore(since)) {
            failures.removeFirst();
        }
    }
}
