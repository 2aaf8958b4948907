package vn.bca.antq.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;

/**
 * Account administration (ADMIN only): create accounts, change role, province and whether they may sign in, reset a
 * password (the user must change it at the next sign-in), and presenter device tokens. Every change is audited.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountService {

    /** Shortest password accepted. */
    public static final int SHORTEST_PASSWORD = 12;

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final AdministrativeUnits units;
    private final LiveSessions sessions;
    private final SecuritySettings settings;
    private final AccessScope scope;
    private final Clock clock;

    AccountService(
            AccountStore store,
            PasswordEncoder encoder,
            AuditService audit,
            AdministrativeUnits units,
            LiveSessions sessions,
            SecuritySettings settings,
            AccessScope scope,
            Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.audit = audit;
        this.units = units;
        this.sessions = sessions;
        this.settings = settings;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Account> accounts() {
        return store.all();
    }

    @Transactional
    public Account create(
            String username,
            String displayName,
            Role role,
            @Nullable String provinceCode,
            String initialPassword,
            boolean leadsPresentations) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9._-]{3,60}")) {
            throw new InvalidAccountException("account.error.username");
        }
        checkPassword(initialPassword, name);
        String province = checkProvince(role, provinceCode);
        long id;
        try {
            id = store.insert(
                    name,
                    displayName.isBlank() ? name : displayName.strip(),
                    role,
                    province,
                    Objects.requireNonNull(encoder.encode(initialPassword)),
                    true,
                    false,
                    leadsPresentations);
        } catch (DuplicateKeyException e) {
            throw new InvalidAccountException("account.error.username-taken", name);
        }
        Account created = store.byId(id).orElseThrow();
        audit.recordChange("app_user " + name, "account created", null, describe(created));
        return created;
    }

    /**
     * Changes display name, role, province, whether the account may sign in and whether it may lead presentations.
     * The account's sessions end at once: it signs in again with its new rights (or cannot).
     */
    @Transactional
    public Account update(
            long id,
            String displayName,
            Role role,
            @Nullable String provinceCode,
            boolean enabled,
            boolean leadsPresentations) {
        Account before = store.byId(id)
                .orElseThrow(() -> new InvalidAccountException("account.error.not-found", String.valueOf(id)));
        String province = checkProvince(role, provinceCode);
        if (before.username().equals(scope.username().orElse(null)) && (!enabled || role != Role.ADMIN)) {
            throw new InvalidAccountException("account.error.self");
        }
        store.update(
                id,
                displayName.isBlank() ? before.displayName() : displayName.strip(),
                role,
                province,
                enabled,
                leadsPresentations);
        Account after = store.byId(id).orElseThrow();
        audit.recordChange(
                "app_user " + before.username(),
                "account updated, its sessions ended",
                describe(before),
                describe(after));
        sessions.end(id);
        return after;
    }

    /** Sets a temporary password that must be changed at the next sign-in; the account's sessions end at once. */
    @Transactional
    public void resetPassword(long id, String temporaryPassword) {
        Account account = store.byId(id)
                .orElseThrow(() -> new InvalidAccountException("account.error.not-found", String.valueOf(id)));
        checkPassword(temporaryPassword, account.username());
        store.setPassword(id, Objects.requireNonNull(encoder.encode(temporaryPassword)), true);
        audit.record(
                AuditKind.ACCOUNT_CHANGE,
                null,
                null,
                account.username(),
                "password reset, change required at next sign-in, sessions ended");
        sessions.end(id);
    }

    /** The signed-in user's own password (any role); their other sessions, on any device, end. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        SignedInUser user = scope.user()
                .filter(u -> !u.isScreen())
                .orElseThrow(() -> new InvalidAccountException("account.error.not-found", "?"));
        AccountStore.Credentials credentials = store.credentials(user.username())
                .orElseThrow(() -> new InvalidAccountException("account.error.not-found", user.username()));
        if (!encoder.matches(currentPassword, credentials.passwordHash())) {
            audit.record(AuditKind.PASSWORD_CHANGE_FAILURE, null, null, user.username(), "wrong current password");
            throw new InvalidAccountException("account.error.current-password");
        }
        if (encoder.matches(newPassword, credentials.passwordHash())) {
            throw new InvalidAccountException("account.error.same-password");
        }
        checkPassword(newPassword, user.username());
        long version = store.setPassword(user.id(), Objects.requireNonNull(encoder.encode(newPassword)), false);
        audit.record(
                AuditKind.PASSWORD_CHANGE,
                null,
                null,
                user.username(),
                "password changed by its owner, other sessions ended");
        // this session carries on with the new version and no longer asks for a change; the others end
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication before = context.getAuthentication();
        if (before != null) {
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    user.withPasswordChanged(version), null, before.getAuthorities()));
        }
        sessions.endOlderThan(user.id(), version);
    }

    @Transactional(readOnly = true)
    public List<PresenterToken> presenterTokens() {
        return store.tokens();
    }

    /** Creates a token for a conference screen; the returned token text is shown once and never stored. */
    @Transactional
    public String createPresenterToken(String name) {
        if (name.isBlank() || name.strip().length() > 120) {
            throw new InvalidAccountException("token.error.name");
        }
        String token = Tokens.newToken();
        Instant expires = clock.instant().plus(settings.screenTokenLifetime());
        store.insertToken(name.strip(), Tokens.hash(token), scope.username().orElse("?"), false, expires);
        audit.record(AuditKind.TOKEN_CHANGE, null, null, name.strip(), "presenter token created, expires " + expires);
        return token;
    }

    /**
     * Gives a screen token a new secret (shown once) and a new lifetime: screens signed in with the old one are signed
     * out at once and cannot use it again.
     */
    @Transactional
    public String rotatePresenterToken(long id) {
        PresenterToken token = store.tokenById(id)
                .filter(t -> t.revokedAt() == null)
                .orElseThrow(() -> new InvalidAccountException("token.error.not-found", String.valueOf(id)));
        String secret = Tokens.newToken();
        Instant now = clock.instant();
        store.rotateToken(id, Tokens.hash(secret), now, now.plus(settings.screenTokenLifetime()));
        sessions.end(-id);
        audit.record(
                AuditKind.TOKEN_CHANGE, null, null, token.name(), "presenter token rotated, its screens signed out");
        return secret;
    }

    /** Revokes a token: screens using it are signed out at once and cannot sign in with it again. */
    @Transactional
    public void revokePresenterToken(long id) {
        PresenterToken token = store.tokenById(id)
                .orElseThrow(() -> new InvalidAccountException("token.error.not-found", String.valueOf(id)));
        store.revokeToken(id, clock.instant());
        sessions.end(-id);
        audit.record(AuditKind.TOKEN_CHANGE, null, null, token.name(), "presenter token revoked");
    }

    private void checkPassword(String password, String username) {
        if (password.length() < SHORTEST_PASSWORD) {
            throw new InvalidAccountException("account.error.password-short", String.valueOf(SHORTEST_PASSWORD));
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))
                || DemoAccounts.isDemoPassword(password)) {
            throw new InvalidAccountException("account.error.password-weak");
        }
    }

    private @Nullable String checkProvince(Role role, @Nullable String provinceCode) {
        if (role != Role.PROVINCE_OFFICER) {
            return null;
        }
        if (provinceCode == null
                || units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, provinceCode)
                        .isEmpty()) {
            throw new InvalidAccountException("account.error.province");
        }
        return provinceCode;
    }

    private static String describe(Account account) {
        return "role=" + account.role() + ", province=" + account.provinceCode() + ", enabled=" + account.enabled()
                + ", leadsPresentations=" + account.leadsPresentations() + ", name=" + account.displayName();
    }
}
