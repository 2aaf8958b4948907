package vn.bca.antq.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Storage of submissions, their state changes and their imports (plain SQL: rows are locked while a commit runs). */
@Repository
class Submissions {

    private static final String COLUMNS =
            "id, province_code, data_year, dataset, state, current_import_id, state_comment, "
                    + "state_by, state_at, first_submitted_at, version";

    private final NamedParameterJdbcTemplate jdbc;

    Submissions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Submission find(String provinceCode, int year, Dataset dataset) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS
                                + " FROM submission WHERE province_code = :p AND data_year = :y AND dataset = :d",
                        key(provinceCode, year, dataset),
                        Submissions::map)
                .stream()
                .findFirst()
                .orElse(Submission.none(provinceCode, year, dataset));
    }

    List<Submission> ofYear(int year) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM submission WHERE data_year = :y",
                new MapSqlParameterSource("y", year),
                Submissions::map);
    }

    /** The submission's row, created as a draft if new, locked until the transaction ends: commits and steps queue here. */
    Submission lock(String provinceCode, int year, Dataset dataset) {
        MapSqlParameterSource key = key(provinceCode, year, dataset);
        jdbc.update(
                "INSERT IGNORE INTO submission (province_code, data_year, dataset, state) VALUES (:p, :y, :d, 'DRAFT')",
                key);
        return jdbc.query(
                        "SELECT " + COLUMNS
                                + " FROM submission WHERE province_code = :p AND data_year = :y AND dataset = :d FOR UPDATE",
                        key,
                        Submissions::map)
                .getFirst();
    }

    /** A state change (null {@code importId}: keeps the current import); counts as a new version of the submission. */
    void update(
            Submission before,
            SubmissionState state,
            @Nullable Long importId,
            @Nullable String comment,
            String by,
            Instant at) {
        jdbc.update(
                """
                        UPDATE submission SET state = :state, current_import_id = COALESCE(:importId, current_import_id),
                               state_comment = :comment, state_by = :by, state_at = :at, version = version + 1,
                               first_submitted_at = CASE WHEN :state = 'SUBMITTED' THEN COALESCE(first_submitted_at, :at) ELSE first_submitted_at END
                        WHERE id = :id""",
                new MapSqlParameterSource("state", state.name())
                        .addValue("importId", importId)
                        .addValue("comment", comment)
                        .addValue("by", by)
                        .addValue("at", Timestamp.from(at))
                        .addValue("id", before.id()));
        if (state != before.state() || importId == null) {
            jdbc.update(
                    """
                            INSERT INTO submission_event (submission_id, from_state, to_state, comment, changed_by, changed_at)
                            VALUES (:id, :from, :to, :comment, :by, :at)""",
                    new MapSqlParameterSource("id", before.id())
                            .addValue("from", before.state().name())
                            .addValue("to", state.name())
                            .addValue("comment", comment)
                            .addValue("by", by)
                            .addValue("at", Timestamp.from(at)));
        }
    }

    /** Marks the figures of every import of the submission approved or not (their sources carry it to the dashboard). */
    void markApproved(long submissionId, boolean approved) {
        jdbc.update(
                "UPDATE data_source SET approved = :approved WHERE id IN (SELECT source_id FROM import_batch WHERE submission_id = :id)",
                new MapSqlParameterSource("approved", approved).addValue("id", submissionId));
    }

    Optional<String> contentHashOf(@Nullable Long importId) {
        return importId == null
                ? Optional.empty()
                : jdbc
                        .queryForList(
                                "SELECT content_sha256 FROM import_batch WHERE id = :id",
                                new MapSqlParameterSource("id", importId),
                                String.class)
                        .stream()
                        .findFirst();
    }

    List<SubmissionEvent> events(long submissionId) {
        return jdbc.query(
                """
                        SELECT e.from_state, e.to_state, e.comment, e.changed_by, e.changed_at FROM submission_event e
                        WHERE e.submission_id = :id ORDER BY e.id DESC""",
                new MapSqlParameterSource("id", submissionId),
                (rs, i) -> new SubmissionEvent(
                        rs.getString("from_state") == null ? null : SubmissionState.valueOf(rs.getString("from_state")),
                        SubmissionState.valueOf(rs.getString("to_state")),
                        rs.getString("comment"),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()));
    }

    List<ImportRecord> imports(long submissionId) {
        return jdbc.query(
                """
                        SELECT id, kind, file_name, row_count, warning_count, warning_comment, imported_by, imported_at
                        FROM import_batch WHERE submission_id = :id ORDER BY id DESC""",
                new MapSqlParameterSource("id", submissionId),
                (rs, i) -> new ImportRecord(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("file_name"),
                        rs.getInt("row_count"),
                        rs.getInt("warning_count"),
                        rs.getString("warning_comment"),
                        rs.getString("imported_by"),
                        rs.getTimestamp("imported_at").toInstant()));
    }

    private static MapSqlParameterSource key(String provinceCode, int year, Dataset dataset) {
        return new MapSqlParameterSource("p", provinceCode).addValue("y", year).addValue("d", dataset.name());
    }

    private static Submission map(ResultSet rs, int i) throws SQLException {
        return new Submission(
                rs.getLong("id"),
                rs.getString("province_code"),
                rs.getInt("data_year"),
                Dataset.valueOf(rs.getString("dataset")),
                SubmissionState.valueOf(rs.getString("state")),
                rs.getObject("current_import_id", Long.class),
                rs.getString("state_comment"),
                rs.getString("state_by"),
                instant(rs.getTimestamp("state_at")),
                instant(rs.getTimestamp("first_submitted_at")),
                rs.getInt("version"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
