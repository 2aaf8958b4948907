package vn.bca.antq.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.bca.antq.base.text.Language;

/** Table {@code alert_digest}: who receives the digest of their alerts. */
@Repository
class Digests {

    private static final RowMapper<DigestSubscription> SUBSCRIPTION = (rs, i) -> {
        Timestamp last = rs.getTimestamp("last_sent_at");
        return new DigestSubscription(
                rs.getString("username"),
                rs.getString("email"),
                DigestFrequency.valueOf(rs.getString("frequency")),
                Language.valueOf(rs.getString("language")),
                last == null ? null : last.toInstant());
    };

    private final NamedParameterJdbcTemplate jdbc;

    Digests(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<DigestSubscription> all() {
        return jdbc.query("SELECT * FROM alert_digest ORDER BY username", SUBSCRIPTION);
    }

    Optional<DigestSubscription> of(String username) {
        return jdbc
                .query(
                        "SELECT * FROM alert_digest WHERE username = :username",
                        new MapSqlParameterSource("username", username),
                        SUBSCRIPTION)
                .stream()
                .findFirst();
    }

    void save(String username, String email, DigestFrequency frequency, Language language) {
        jdbc.update(
                """
                INSERT INTO alert_digest (username, email, frequency, language)
                VALUES (:username, :email, :frequency, :language)
                ON DUPLICATE KEY UPDATE email = VALUES(email), frequency = VALUES(frequency),
                                        language = VALUES(language)""",
                new MapSqlParameterSource("username", username)
                        .addValue("email", email)
                        .addValue("frequency", frequency.name())
                        .addValue("language", language.name()));
    }

    void remove(String username) {
        jdbc.update(
                "DELETE FROM alert_digest WHERE username = :username", new MapSqlParameterSource("username", username));
    }

    void sent(String username, Instant at) {
        jdbc.update(
                "UPDATE alert_digest SET last_sent_at = :at WHERE username = :username",
                new MapSqlParameterSource("username", username).addValue("at", Timestamp.from(at)));
    }
}
