package vn.bca.antq.security;

import com.vaadin.flow.server.VaadinRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.bca.antq.export.ExportAudit;

/**
 * The audit log: append-only (the application has no path that changes or removes a row, and the database's
 * triggers refuse it anyway). Recording is open to every caller, including sign-in before anyone is signed in;
 * reading it is for ADMIN. It is also where every download of a grid or table is recorded ({@link ExportAudit}).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditService implements ExportAudit {

    /** Rows one search returns at most. */
    public static final int MOST_ROWS = 500;

    private static final int LONGEST_VALUE = 60_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final AccessScope scope;
    private final Clock clock;

    AuditService(NamedParameterJdbcTemplate jdbc, AccessScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /** Records an event of the signed-in user (or of {@code username} when given), from the current request's address. */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(
            AuditKind kind,
            @Nullable String username,
            @Nullable String address,
            @Nullable String target,
            @Nullable String detail) {
        insert(kind, username, address, target, detail, null, null);
    }

    /** A data change by the signed-in user: what ({@code target}), and the data before and after (null: none). */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(String target, String detail, @Nullable String before, @Nullable String after) {
        insert(AuditKind.DATA_CHANGE, currentUsername(), clientAddress(), target, detail, before, after);
    }

    /** An export by the signed-in user: what was exported and for which scope (call it before handing the file over). */
    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordExport(String what, String scopeDescription) {
        insert(AuditKind.EXPORT, currentUsername(), clientAddress(), what, scopeDescription, null, null);
    }

    /** Rows matching the filter (each part optional), newest first, at most {@link #MOST_ROWS}. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(
            @Nullable String username, @Nullable AuditKind kind, @Nullable LocalDate from, @Nullable LocalDate to) {
        List<String> where = new ArrayList<>();
        MapSqlParameterSource params = new MapSqlParameterSource("limit", MOST_ROWS);
        ZoneId zone = clock.getZone();
        if (username != null && !username.isBlank()) {
            where.add("username = :username");
            params.addValue("username", username.strip());
        }
        if (kind != null) {
            where.add("kind = :kind");
            params.addValue("kind", kind.name());
        }
        if (from != null) {
            where.add("occurred_at >= :from");
            params.addValue("from", Timestamp.from(from.atStartOfDay(zone).toInstant()));
        }
        if (to != null) {
            where.add("occurred_at < :to");
            params.addValue(
                    "to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        String sql =
                "SELECT id, occurred_at, username, kind, address, target, detail, before_value, after_value FROM audit_log"
                        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                        + " ORDER BY id DESC LIMIT :limit";
        return jdbc.query(
                sql,
                params,
                (rs, i) -> new AuditEntry(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        AuditKind.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)));
    }

    private void insert(
            AuditKind kind,
            @Nullable String username,
            @Nullable String address,
            @Nullable String target,
            @Nullable String detail,
            @Nullable String before,
            @Nullable String after) {
        jdbc.update(
                """
                        INSERT INTO audit_log (occurred_at, username, kind, address, target, detail, before_value, after_value)
                        VALUES (:at, :username, :kind, :address, :target, :detail, :before, :after)""",
                new MapSqlParameterSource("at", Timestamp.from(Instant.now(clock)))
                        .addValue("username", cut(username != null ? username : currentUsername(), 60))
                        .addValue("kind", kind.name())
                        .addValue("address", cut(address != null ? address : clientAddress(), 64))
                        .addValue("target", cut(target, 200))
                        .addValue("detail", cut(detail, 500))
                        .addValue("before", cut(before, LONGEST_VALUE))
                        .addValue("after", cut(after, LONGEST_VALUE)));
    }

    private @Nullable String currentUsername() {
        return scope.username().orElse(null);
    }

    /** The client address of the request being served, if any. */
    public static @Nullable String clientAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? null : vaadin.getRemoteAddr();
    }

    private static @Nullable String cut(@Nullable String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
