package vn.bca.antq.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables app_user and presenter_token, for the account service, sign-in and the start-up checks. */
@Repository
class AccountStore {

    /** An account with its password hash, for sign-in only. */
    record Credentials(Account account, String passwordHash) {}

    private static final String ACCOUNT_COLUMNS =
            "id, username, display_name, role, province_code, enabled, must_change_password, demo, "
                    + "leads_presentations, version, created_at";
    private static final RowMapper<Account> ACCOUNT = AccountStore::account;

    private final NamedParameterJdbcTemplate jdbc;

    AccountStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long countAccounts() {
        Long count = jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM app_user", Long.class);
        return count == null ? 0 : count;
    }

    List<Account> all() {
        return jdbc.query("SELECT " + ACCOUNT_COLUMNS + " FROM app_user ORDER BY username", ACCOUNT);
    }

    Optional<Account> byId(long id) {
        return jdbc
                .query(
                        "SELECT " + ACCOUNT_COLUMNS + " FROM app_user WHERE id = :id",
                        new MapSqlParameterSource("id", id),
                        ACCOUNT)
                .stream()
                .findFirst();
    }

    Optional<Credentials> credentials(String username) {
        return jdbc
                .query(
                        "SELECT " + ACCOUNT_COLUMNS + ", password_hash FROM app_user WHERE username = :username",
                        new MapSqlParameterSource("username", username),
                        (rs, i) -> new Credentials(account(rs, i), rs.getString("password_hash")))
                .stream()
                .findFirst();
    }

    List<Credentials> allCredentials() {
        return jdbc.query(
                "SELECT " + ACCOUNT_COLUMNS + ", password_hash FROM app_user",
                (rs, i) -> new Credentials(account(rs, i), rs.getString("password_hash")));
    }

    long insert(
            String username,
            String displayName,
            Role role,
            @Nullable String provinceCode,
            String passwordHash,
            boolean mustChangePassword,
            boolean demo,
            boolean leadsPresentations) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                """
                        INSERT INTO app_user (username, display_name, password_hash, role, province_code, must_change_password, demo,
                                              leads_presentations)
                        VALUES (:username, :displayName, :hash, :role, :province, :mustChange, :demo, :leads)""",
                new MapSqlParameterSource("username", username)
                        .addValue("displayName", displayName)
                        .addValue("hash", passwordHash)
                        .addValue("role", role.name())
                        .addValue("province", provinceCode)
                        .addValue("mustChange", mustChangePassword)
                        .addValue("demo", demo)
                        .addValue("leads", leadsPresentations),
                key,
                new String[] {"id"});
        return Objects.requireNonNull(key.getKeyAs(Number.class)).longValue();
    }

    void update(
            long id,
            String displayName,
            Role role,
            @Nullable String provinceCode,
            boolean enabled,
            boolean leadsPresentations) {
        jdbc.update(
                """
                        UPDATE app_user SET display_name = :displayName, role = :role, province_code = :province, enabled = :enabled,
                        leads_presentations = :leads, version = version + 1 WHERE id = :id""",
                new MapSqlParameterSource("id", id)
                        .addValue("displayName", displayName)
                        .addValue("role", role.name())
                        .addValue("province", provinceCode)
                        .addValue("enabled", enabled)
                        .addValue("leads", leadsPresentations));
    }

    /** Sets the password; returns the account's new version (sessions signed in before it end). */
    long setPassword(long id, String passwordHash, boolean mustChange) {
        jdbc.update(
                """
                        UPDATE app_user SET password_hash = :hash, must_change_password = :mustChange, demo = FALSE,
                        version = version + 1 WHERE id = :id""",
                new MapSqlParameterSource("id", id)
                        .addValue("hash", passwordHash)
                        .addValue("mustChange", mustChange));
        return version(id).orElse(-1L);
    }

    /** Whether the account may still sign in, and its version now; empty when it no longer exists. */
    Optional<Long> version(long id) {
        return jdbc
                .query(
                        "SELECT version FROM app_user WHERE id = :id AND enabled",
                        new MapSqlParameterSource("id", id),
                        (rs, i) -> rs.getLong(1))
                .stream()
                .findFirst();
    }

    // presenter tokens

    private static final String TOKEN_COLUMNS =
            "id, name, created_by, created_at, last_used_at, revoked_at, expires_at, rotated_at, demo";
    private static final RowMapper<PresenterToken> TOKEN = (rs, i) -> new PresenterToken(
            rs.getLong("id"),
            rs.getString("name"),
            rs.getString("created_by"),
            rs.getTimestamp("created_at").toInstant(),
            instant(rs.getTimestamp("last_used_at")),
            instant(rs.getTimestamp("revoked_at")),
            rs.getTimestamp("expires_at").toInstant(),
            instant(rs.getTimestamp("rotated_at")),
            rs.getBoolean("demo"));

    List<PresenterToken> tokens() {
        return jdbc.query(
                "SELECT " + TOKEN_COLUMNS + " FROM presenter_token ORDER BY revoked_at IS NOT NULL, name", TOKEN);
    }

    Optional<PresenterToken> tokenById(long id) {
        return jdbc
                .query(
                        "SELECT " + TOKEN_COLUMNS + " FROM presenter_token WHERE id = :id",
                        new MapSqlParameterSource("id", id),
                        TOKEN)
                .stream()
                .findFirst();
    }

    Optional<PresenterToken> tokenByHash(String hash) {
        return jdbc
                .query(
                        "SELECT " + TOKEN_COLUMNS + " FROM presenter_token WHERE token_hash = :hash",
                        new MapSqlParameterSource("hash", hash),
                        TOKEN)
                .stream()
                .findFirst();
    }

    long insertToken(String name, String hash, String createdBy, boolean demo, Instant expiresAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                """
                        INSERT INTO presenter_token (name, token_hash, created_by, demo, expires_at)
                        VALUES (:name, :hash, :createdBy, :demo, :expires)""",
                new MapSqlParameterSource("name", name)
                        .addValue("hash", hash)
                        .addValue("createdBy", createdBy)
                        .addValue("demo", demo)
                        .addValue("expires", Timestamp.from(expiresAt)),
                key,
                new String[] {"id"});
        return Objects.requireNonNull(key.getKeyAs(Number.class)).longValue();
    }

    /** A new secret for the token: the old one stops at once; the lifetime starts again. */
    void rotateToken(long id, String hash, Instant at, Instant expiresAt) {
        jdbc.update(
                "UPDATE presenter_token SET token_hash = :hash, rotated_at = :at, expires_at = :expires WHERE id = :id AND revoked_at IS NULL",
                new MapSqlParameterSource("id", id)
                        .addValue("hash", hash)
                        .addValue("at", Timestamp.from(at))
                        .addValue("expires", Timestamp.from(expiresAt)));
    }

    /** The demo screen token keeps working as long as the demo database is used. */
    void extendDemoToken(Instant expiresAt) {
        jdbc.update(
                "UPDATE presenter_token SET expires_at = :expires WHERE demo AND revoked_at IS NULL",
                new MapSqlParameterSource("expires", Timestamp.from(expiresAt)));
    }

    void revokeToken(long id, Instant at) {
        jdbc.update(
                "UPDATE presenter_token SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL",
                new MapSqlParameterSource("id", id).addValue("at", Timestamp.from(at)));
    }

    void tokenUsed(long id, Instant at) {
        jdbc.update(
                "UPDATE presenter_token SET last_used_at = :at WHERE id = :id",
                new MapSqlParameterSource("id", id).addValue("at", Timestamp.from(at)));
    }

    boolean hasActiveDemoToken() {
        Long count = jdbc.getJdbcTemplate()
                .queryForObject("SELECT COUNT(*) FROM presenter_token WHERE demo AND revoked_at IS NULL", Long.class);
        return count != null && count > 0;
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getString("province_code"),
                rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"),
                rs.getBoolean("demo"),
                rs.getBoolean("leads_presentations"),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
