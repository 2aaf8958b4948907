package vn.bca.antq.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs accounts in against app_user: the password against its hash, an account locked for 15 minutes after 5
 * failures in a row, attempts from an address that failed too often refused, and an audit row for every outcome.
 * Every refusal reads the same to the user, so the form does not tell which accounts exist.
 */
@Component
class DatabaseAuthenticationProvider implements AuthenticationProvider {

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final SignInGuard guard;
    private final AuditService audit;
    private final Clock clock;
    private final String dummyHash;

    DatabaseAuthenticationProvider(AccountStore store, PasswordEncoder encoder, SignInGuard guard, AuditService audit, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = encoder.encode("no account has this password");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = address(authentication);
        if (guard.isThrottled(address)) {
            audit.record(AuditKind.SIGN_IN_FAILURE, username, address, username, "address throttled");
            throw new LockedException("Too many failed sign-ins from this address");
        }
        Optional<AccountStore.Credentials> found = store.credentials(username);
        if (found.isEmpty()) {
            encoder.matches(password, dummyHash);
            fail(username, address, "unknown account");
            throw new BadCredentialsException("Bad credentials");
        }
        Account account = found.get().account();
        Instant now = clock.instant();
        if (account.isLockedAt(now)) {
            fail(username, address, "account locked until " + account.lockedUntil());
            throw new LockedException("Account locked");
        }
        if (!encoder.matches(password, found.get().passwordHash())) {
            int failures = store.recordFailure(account.id());
            fail(username, address, "wrong password (" + failures + ")");
            if (failures >= SignInGuard.ACCOUNT_FAILURES) {
                Instant until = now.plus(SignInGuard.LOCKOUT);
                store.lock(account.id(), until);
                audit.record(AuditKind.LOCKOUT, username, address, username, "locked until " + until + " after "
                        + failures + " failed sign-ins");
            }
            throw new BadCredentialsException("Bad credentials");
        }
        if (!account.enabled()) {
            fail(username, address, "account disabled");
            throw new DisabledException("Account disabled");
        }
        store.recordSuccess(account.id());
        audit.record(AuditKind.SIGN_IN_SUCCESS, username, address, username, account.role().name());
        SignedInUser user = new SignedInUser(account.id(), account.username(), account.displayName(), account.role(),
                account.provinceCode(), account.mustChangePassword(), null);
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(account.role().authority()));
        result.setDetails(authentication.getDetails());
        return result;
    }

    private void fail(String username, String address, String why) {
        guard.failed(address);
        audit.record(AuditKind.SIGN_IN_FAILURE, username.isEmpty() ? null : username, address, username, why);
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
