package vn.bca.antq.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs a background job on behalf of an account (a digest of that user's alerts), with exactly the account's role and
 * province, so that the secured services answer as they would answer the user. Nothing for a disabled or unknown one.
 */
@Component
public class RunAs {

    private final AccountStore accounts;
    private final Clock clock;

    RunAs(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    public <T> Optional<T> call(String username, Supplier<T> job) {
        Optional<Account> account = accounts.credentials(username)
                .map(AccountStore.Credentials::account)
                .filter(Account::enabled);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        SignedInUser user = SignedInUser.of(account.get(), clock.instant());
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(user.role().authority())));
        SecurityContextHolder.setContext(context);
        try {
            return Optional.ofNullable(job.get());
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
