package vn.bca.antq.base.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The storage half of a fact table, for the feature that owns it: archives and deletes a scope's rows (kept in
 * {@code replaced_fact} under the import batch that replaced them) and inserts rows in batches. {@code history} lists
 * the columns kept in the archive.
 */
public final class FactTable {

    private static final int BATCH = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final String table;
    private final List<String> history;

    public FactTable(NamedParameterJdbcTemplate jdbc, String table, List<String> history) {
        this.jdbc = jdbc;
        this.table = table;
        this.history = history;
    }

    /** Archives the rows {@code where} selects (named parameters in {@code params}) under the batch, then deletes them. */
    public void archiveAndDelete(String where, MapSqlParameterSource params, long batchId) {
        String object = history.stream()
                .map(c -> "'" + c + "', " + c)
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        jdbc.update(
                "INSERT INTO replaced_fact (batch_id, fact_table, content) SELECT :batchId, '%s', JSON_OBJECT(%s) FROM %s WHERE %s"
                        .formatted(table, object, table, where),
                params.addValue("batchId", batchId));
        jdbc.update("DELETE FROM " + table + " WHERE " + where, params);
    }

    /**
     * Plain INSERT ... VALUES in batches (an INSERT ... SELECT from a UNION falsely trips the validity triggers on
     * MariaDB 11.4); enums are stored by name. Returns the rows written.
     */
    public <T> int insert(List<String> columns, List<T> rows, Function<T, Object[]> values) {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?)";
        jdbc.getJdbcTemplate().batchUpdate(sql, rows, BATCH, (ps, row) -> bind(ps, values.apply(row)));
        return rows.size();
    }

    private static void bind(PreparedStatement ps, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (value instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, value);
            }
        }
    }
}
