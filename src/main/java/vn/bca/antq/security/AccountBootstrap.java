package vn.bca.antq.security;

import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.bca.antq.base.DemoSettings;

/**
 * Accounts at start-up. With demo data (only when asked for, {@code ANTQ_DEMO_DATA=true}): the demo accounts and the
 * demo screen token, once (the token's lifetime starts again at every demo start). Without: none; the first ADMIN comes from {@code ANTQ_ADMIN_USERNAME} / {@code ANTQ_ADMIN_PASSWORD} when there
 * is no account yet, and the application refuses to start while any account or token still has a demo or default
 * password.
 */
@Component
class AccountBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final boolean demo;
    private final SecuritySettings settings;
    private final String adminUsername;
    private final String adminPassword;
    private final Clock clock;

    AccountBootstrap(
            AccountStore store, PasswordEncoder encoder, DemoSettings demo, SecuritySettings settings, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.demo = demo.enabled();
        this.settings = settings;
        this.adminUsername = settings.initialAdminUsername().strip();
        this.adminPassword = settings.initialAdminPassword();
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (demo) {
            createDemoAccounts();
        } else {
            createInitialAdmin();
            refuseDemoPasswords();
        }
    }

    private void createDemoAccounts() {
        if (store.countAccounts() > 0) {
            store.extendDemoToken(clock.instant().plus(settings.screenTokenLifetime()));
            return;
        }
        for (DemoAccounts.Demo account : DemoAccounts.ACCOUNTS) {
            store.insert(
                    account.username(),
                    account.displayName(),
                    account.role(),
                    account.provinceCode(),
                    Objects.requireNonNull(encoder.encode(account.password())),
                    false,
                    true,
                    account.role() == Role.PRESENTER);
        }
        store.insertToken(
                DemoAccounts.SCREEN_NAME,
                Tokens.hash(DemoAccounts.SCREEN_TOKEN),
                "demo",
                true,
                clock.instant().plus(settings.screenTokenLifetime()));
        log.info(
                "Demo accounts created (see README): {}",
                DemoAccounts.ACCOUNTS.stream().map(DemoAccounts.Demo::username).toList());
    }

    private void createInitialAdmin() {
        if (store.countAccounts() > 0) {
            return;
        }
        if (adminUsername.isEmpty() || adminPassword.isEmpty()) {
            log.warn("No accounts yet: set ANTQ_ADMIN_USERNAME and ANTQ_ADMIN_PASSWORD to create the first ADMIN");
            return;
        }
        if (adminPassword.length() < AccountService.SHORTEST_PASSWORD || DemoAccounts.isDemoPassword(adminPassword)) {
            throw new IllegalStateException("ANTQ_ADMIN_PASSWORD must have at least " + AccountService.SHORTEST_PASSWORD
                    + " characters and must not be a demo or default password");
        }
        store.insert(
                adminUsername.toLowerCase(java.util.Locale.ROOT),
                "Quản trị hệ thống",
                Role.ADMIN,
                null,
                Objects.requireNonNull(encoder.encode(adminPassword)),
                true,
                false,
                false);
        log.info(
                "First ADMIN account '{}' created from ANTQ_ADMIN_USERNAME; it must change its password at first sign-in",
                adminUsername);
    }

    /** A production database must not keep demo accounts, default passwords or the demo screen token. */
    private void refuseDemoPasswords() {
        for (AccountStore.Credentials credentials : store.allCredentials()) {
            Account account = credentials.account();
            // Every password the application sets is checked against these already; only rows written by hand can have
            // them.
            boolean weak = account.demo()
                    || (account.role() == Role.ADMIN
                            && DemoAccounts.knownPasswords().stream()
                                    .anyMatch(p -> encoder.matches(p, credentials.passwordHash())));
            if (weak && account.enabled()) {
                throw new IllegalStateException(
                        "Account '" + account.username() + "' has a demo or default password: refusing to start "
                                + "without demo data. Disable it or set a new password (or start with ANTQ_DEMO_DATA=true).");
            }
        }
        if (store.hasActiveDemoToken()) {
            throw new IllegalStateException(
                    "The demo presenter token is still active: refusing to start without demo data. "
                            + "Revoke it first (or start with ANTQ_DEMO_DATA=true).");
        }
    }
}
