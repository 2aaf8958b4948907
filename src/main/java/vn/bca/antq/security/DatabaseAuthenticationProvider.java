package vn.bca.antq.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs accounts in against app_user. Each attempt first asks the {@link SignInThrottle} (per account name and
 * address, and per address), then checks the password against its hash; an unknown name is checked against a dummy
 * hash and throttled like a real one. Every refusal reads the same to the user and takes as long as a password check
 * (a throttled attempt waits instead of checking), so neither the form nor its timing tells which accounts exist or
 * are being throttled. Outcomes are audited; a throttled burst once when it starts and once, counted, when it ends.
 */
@Component
class DatabaseAuthenticationProvider implements AuthenticationProvider {

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final AuditService audit;
    private final Clock clock;
    private final String dummyHash;
    /**
     * How long a refused attempt with a password check takes now (a moving average, as the machine's load changes):
     * a throttled attempt is answered after as long.
     */
    private final AtomicLong checkNanos;

    DatabaseAuthenticationProvider(
            AccountStore store, PasswordEncoder encoder, SignInThrottle throttle, AuditService audit, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = Objects.requireNonNull(encoder.encode("no account has this password"));
        this.checkNanos = new AtomicLong(timeOfCheck(encoder, dummyHash).toNanos());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        long start = System.nanoTime();
        String username =
                authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        String address = address(authentication);
        SignInThrottle.Decision decision = throttle.attempt(username, address);
        if (decision.endedBurst() != null) {
            SignInThrottle.Burst burst = decision.endedBurst();
            audit.record(
                    AuditKind.SIGN_IN_THROTTLED,
                    nameOrNull(username),
                    address,
                    burst.accountKey().isEmpty() ? "(any account)" : burst.accountKey(),
                    burst.refused() + " attempts refused while throttled, since " + burst.since());
        }
        if (!decision.allowed()) {
            if (decision.burstStarts()) {
                audit.record(
                        AuditKind.SIGN_IN_THROTTLED,
                        nameOrNull(username),
                        address,
                        username,
                        "throttled until " + decision.retryAt());
            }
            waitUntil(start);
            throw new BadCredentialsException("Bad credentials");
        }
        Optional<AccountStore.Credentials> found = store.credentials(username);
        if (found.isEmpty()) {
            encoder.matches(password, dummyHash);
            fail(username, address, "unknown account", start);
        }
        Account account = found.get().account();
        if (!encoder.matches(password, found.get().passwordHash())) {
            fail(username, address, "wrong password", start);
        }
        if (!account.enabled()) {
            fail(username, address, "account disabled", start);
        }
        throttle.succeeded(username, address);
        audit.record(
                AuditKind.SIGN_IN_SUCCESS,
                username,
                address,
                username,
                account.role().name());
        SignedInUser user = SignedInUser.of(account, clock.instant());
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(account.role().authority()));
        result.setDetails(authentication.getDetails());
        return result;
    }

    private void fail(String username, String address, String why, long start) {
        audit.record(AuditKind.SIGN_IN_FAILURE, nameOrNull(username), address, username, why);
        long took = System.nanoTime() - start;
        checkNanos.updateAndGet(average -> (average * 7 + took) / 8);
        throw new BadCredentialsException("Bad credentials");
    }

    /** A refusal without a password check still answers after as long as one would take. */
    private void waitUntil(long start) {
        long rest = checkNanos.get() - (System.nanoTime() - start);
        if (rest > 0) {
            try {
                Thread.sleep(Duration.ofNanos(rest));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Duration timeOfCheck(PasswordEncoder encoder, String hash) {
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            encoder.matches("warm-up and measure", hash);
            fastest = Math.min(fastest, System.nanoTime() - start);
        }
        return Duration.ofNanos(fastest);
    }

    private static @Nullable String nameOrNull(String username) {
        return username.isEmpty() ? null : username;
    }

    private static String address(Authentication authentication) {
        @Nullable Object details = authentication.getDetails();
        if (details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            return web.getRemoteAddress();
        }
        String current = AuditService.clientAddress();
        return current == null ? "unknown" : current;
    }
}
