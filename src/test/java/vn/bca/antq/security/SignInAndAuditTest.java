package vn.bca.antq.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.presentation.Playlist;
import vn.bca.antq.presentation.PlaylistService;
import vn.bca.antq.presentation.Presentation;
import vn.bca.antq.presentation.SlideKind;
import vn.bca.antq.presentation.SlideSpec;

/**
 * Sign-in through Spring Security's real filter chain (MockMvc): lockout after 5 failures, throttling per address,
 * presenter tokens that sign a screen in from its cookie after a restart and stop once revoked, the security
 * headers, the audit rows of each audited action, and an audit log the database refuses to change.
 */
@IntegrationTest
class SignInAndAuditTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);
    private static final String PASSWORD = "a-long-test-password-1";

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private AccountStore store;
    @Autowired
    private PasswordEncoder encoder;
    @Autowired
    private AccountService accounts;
    @Autowired
    private AuditService audit;
    @Autowired
    private PlaylistService playlists;
    @Autowired
    private JdbcTemplate jdbc;

    private MockMvc mvc;
    private String address;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        address = "10.9.0." + ADDRESSES.incrementAndGet();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCorrectPasswordSignsInAndIsAudited() throws Exception {
        String username = account(Role.PROVINCE_OFFICER, "33");

        MvcResult result = mvc.perform(login(username, PASSWORD)).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        SecurityContext signedIn = (SecurityContext) result.getRequest().getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(signedIn.getAuthentication().getPrincipal()).isInstanceOfSatisfying(SignedInUser.class, user -> {
            assertThat(user.role()).isEqualTo(Role.PROVINCE_OFFICER);
            assertThat(user.provinceCode()).isEqualTo("33");
        });
        assertThat(rows(username, AuditKind.SIGN_IN_SUCCESS)).singleElement().satisfies(row -> assertThat(row.address()).isEqualTo(address));

        mvc.perform(post("/logout").session((MockHttpSession) result.getRequest().getSession()).with(csrf()).with(from(address)));
        assertThat(rows(username, AuditKind.SIGN_OUT)).hasSize(1);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() throws Exception {
        String username = account(Role.LEADERSHIP, null);
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.perform(login(username, "wrong-password-" + i)).andReturn().getResponse().getRedirectedUrl()).contains("error");
        }

        MvcResult right = mvc.perform(login(username, PASSWORD)).andReturn();

        assertThat(right.getResponse().getRedirectedUrl()).contains("error");
        Account locked = store.credentials(username).orElseThrow().account();
        assertThat(locked.lockedUntil()).isBetween(Instant.now().plus(Duration.ofMinutes(14)), Instant.now().plus(Duration.ofMinutes(16)));
        assertThat(rows(username, AuditKind.SIGN_IN_FAILURE)).hasSize(6).allSatisfy(row -> assertThat(row.address()).isEqualTo(address));
        assertThat(rows(username, AuditKind.LOCKOUT)).hasSize(1);
    }

    @Test
    void anAddressThatFailsTooOftenIsRefusedEvenWithTheRightPassword() throws Exception {
        String username = account(Role.LEADERSHIP, null);
        for (int i = 0; i < 20; i++) {
            mvc.perform(login("nobody-" + i, "wrong-password"));
        }

        assertThat(mvc.perform(login(username, PASSWORD)).andReturn().getResponse().getRedirectedUrl()).contains("error");
        address = "10.9.1." + ADDRESSES.incrementAndGet();
        assertThat(mvc.perform(login(username, PASSWORD)).andReturn().getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void aScreenSignsInWithItsTokenAgainAfterARestartAndStopsOnceRevoked() throws Exception {
        String token = asAdmin(() -> accounts.createPresenterToken("Test screen " + address));

        MvcResult first = mvc.perform(get("/present?screen=" + token + "&playlist=1").with(from(address))).andReturn();

        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/present?playlist=1");
        Cookie cookie = first.getResponse().getCookie(PresenterTokenFilter.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(first.getRequest().getSession().getMaxInactiveInterval()).isNegative();
        assertThat(principal(first)).isNotNull().extracting(SignedInUser::role).isEqualTo(Role.PRESENTER);
        // the next requests of that screen use its session: no new sign-in, no new session id
        MockHttpSession session = (MockHttpSession) first.getRequest().getSession();
        String sessionId = session.getId();
        mvc.perform(get("/present?playlist=1").session(session).cookie(cookie).with(from(address)));
        assertThat(session.getId()).isEqualTo(sessionId);
        assertThat(rows(null, AuditKind.SCREEN_SIGN_IN).stream().filter(r -> address.equals(r.address()))).hasSize(1);

        // a restart: the server has no session any more, the screen's browser still has its cookie
        MvcResult afterRestart = mvc.perform(get("/present").cookie(new Cookie(PresenterTokenFilter.COOKIE, cookie.getValue()))
                .with(from(address))).andReturn();
        assertThat(principal(afterRestart)).isNotNull().extracting(SignedInUser::role).isEqualTo(Role.PRESENTER);

        long id = asAdmin(() -> accounts.presenterTokens().stream().filter(t -> t.name().equals("Test screen " + address))
                .findFirst().orElseThrow().id());
        asAdmin(() -> {
            accounts.revokePresenterToken(id);
            return null;
        });
        assertThat(afterRestart.getRequest().getSession(false) == null || isInvalid((MockHttpSession) afterRestart.getRequest().getSession()))
                .as("the screen's session ends when its token is revoked").isTrue();
        MvcResult revoked = mvc.perform(get("/present").cookie(new Cookie(PresenterTokenFilter.COOKIE, cookie.getValue()))
                .with(from(address))).andReturn();
        assertThat(principal(revoked)).isNull();
        assertThat(rows(null, AuditKind.SCREEN_TOKEN_REJECTED).stream().filter(r -> address.equals(r.address()))).hasSize(1);
    }

    @Test
    void responsesCarryTheSecurityHeaders() throws Exception {
        var response = mvc.perform(get("/geo/v1/provinces.json").with(from(address))).andReturn().getResponse();

        assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'").contains("default-src 'self'");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void geometryIsPublicAndEverythingElseAsksForASignIn() throws Exception {
        assertThat(mvc.perform(get("/geo/v1/provinces.json")).andReturn().getResponse().getStatus()).isNotIn(302, 401, 403);
        assertThat(mvc.perform(get("/province/33")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void playlistChangesAreAuditedWithBeforeAndAfter() {
        Presentation presentation = new Presentation("Audit test " + address, List.of(SlideSpec.of(SlideKind.COVERAGE, Indicator.COVERAGE_COMMUNES)),
                2024, Duration.ofSeconds(20), null, null);
        Playlist saved = asAdmin(() -> playlists.save(null, 0, presentation));
        asAdmin(() -> playlists.save(saved.getId(), saved.getVersion(), new Presentation(presentation.name(), presentation.slides(), 2023,
                Duration.ofSeconds(30), null, null)));
        asAdmin(() -> {
            playlists.delete(saved.getId());
            return null;
        });

        List<AuditEntry> changes = rows("test-admin", AuditKind.DATA_CHANGE).stream()
                .filter(r -> ("playlist " + saved.getId()).equals(r.target())).toList();
        assertThat(changes).extracting(AuditEntry::detail).containsExactly("playlist deleted", "playlist saved", "playlist created");
        assertThat(changes.get(1).before()).contains("year=2024").contains("interval=20s");
        assertThat(changes.get(1).after()).contains("year=2023").contains("interval=30s");
        assertThat(changes.get(0).after()).isNull();
        assertThat(changes.get(2).before()).isNull();
    }

    @Test
    void exportsAndAccountChangesAreAudited() {
        asAdmin(() -> {
            audit.recordExport("coverage table", "province 33, 2024");
            return null;
        });
        String username = account(Role.LEADERSHIP, null);
        long id = store.credentials(username).orElseThrow().account().id();
        asAdmin(() -> accounts.update(id, "Renamed", Role.PROVINCE_OFFICER, "08", true));
        asAdmin(() -> {
            accounts.resetPassword(id, "another-long-password-2");
            return null;
        });

        assertThat(rows("test-admin", AuditKind.EXPORT)).anySatisfy(r -> assertThat(r.target()).isEqualTo("coverage table"));
        assertThat(rows("test-admin", AuditKind.DATA_CHANGE)).anySatisfy(r -> {
            assertThat(r.target()).isEqualTo("app_user " + username);
            assertThat(r.before()).contains("role=LEADERSHIP");
            assertThat(r.after()).contains("role=PROVINCE_OFFICER").contains("province=08");
        });
        assertThat(store.credentials(username).orElseThrow().account().mustChangePassword()).isTrue();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRows() {
        audit.record(AuditKind.EXPORT, "someone", "10.0.0.1", "x", "for the trigger test");

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_log SET detail = 'changed'")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log")).hasMessageContaining("append-only");
    }

    @Test
    void withoutDemoDataTheApplicationRefusesToStartWhileDemoAccountsRemain() {
        AccountBootstrap production = new AccountBootstrap(store, encoder, "false", "jdbc:mariadb://db/antq", "", "");

        assertThatThrownBy(production::afterSingletonsInstantiated).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo or default password");
    }

    @Test
    void theDemoAccountsOfTheReadmeExist() {
        assertThat(store.all()).extracting(Account::username).contains("admin", "lanhdao", "hungyen", "tuyenquang", "trinhchieu");
        assertThat(store.credentials("hungyen").orElseThrow().account().provinceCode()).isEqualTo("33");
        assertThat(store.credentials("tuyenquang").orElseThrow().account().provinceCode()).isEqualTo("08");
        assertThat(store.tokenByHash(Tokens.hash(DemoAccounts.SCREEN_TOKEN))).isPresent();
    }

    // helpers

    private String account(Role role, @Nullable String province) {
        String username = "t" + ADDRESSES.incrementAndGet() + "-" + role.name().toLowerCase().replace('_', '-');
        store.insert(username, username, role, province, encoder.encode(PASSWORD), false, false);
        return username;
    }

    private MockHttpServletRequestBuilder login(String username, String password) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private List<AuditEntry> rows(@Nullable String username, AuditKind kind) {
        return asAdmin(() -> audit.search(username, kind, null, null));
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext admin = SecurityContextHolder.createEmptyContext();
        admin.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new SignedInUser(0, "test-admin", "Test admin", Role.ADMIN, null, false, null), null, List.of(Role.ADMIN.authority())));
        SecurityContextHolder.setContext(admin);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static @Nullable SignedInUser principal(MvcResult result) {
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        if (session == null || isInvalid(session)) {
            return null;
        }
        Object stored = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return stored instanceof SecurityContext sc && sc.getAuthentication() != null
                && sc.getAuthentication().getPrincipal() instanceof SignedInUser user ? user : null;
    }

    private static boolean isInvalid(MockHttpSession session) {
        return session.isInvalid();
    }
}
