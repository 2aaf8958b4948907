package vn.bca.antq.intake;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Archives and deletes the fact rows of a scope, then inserts the new ones in batches: the storage half of every
 * dataset's {@link DatasetRules#replace}. {@code where} selects the scope's rows (named parameters in {@code params});
 * {@code json} lists the columns kept in history.
 */
final class FactTable {

    private static final int BATCH = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final String table;
    private final List<String> json;

    FactTable(NamedParameterJdbcTemplate jdbc, String table, List<String> json) {
        this.jdbc = jdbc;
        this.table = table;
        this.json = json;
    }

    /** The scope's rows archived and deleted, then {@code rows} (values of {@code columns}) inserted in their place. */
    void replace(String where, MapSqlParameterSource params, long batchId, List<String> columns, List<Object[]> rows) {
        archiveAndDelete(where, params, batchId);
        insert(columns, rows);
    }

    void archiveAndDelete(String where, MapSqlParameterSource params, long batchId) {
        String object = json.stream()
                .map(c -> "'" + c + "', " + c)
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        jdbc.update(
                "INSERT INTO replaced_fact (batch_id, fact_table, content) SELECT :batchId, '%s', JSON_OBJECT(%s) FROM %s WHERE %s"
                        .formatted(table, object, table, where),
                params.addValue("batchId", batchId));
        jdbc.update("DELETE FROM " + table + " WHERE " + where, params);
    }

    /** Plain INSERT ... VALUES in batches (an INSERT ... SELECT would trip the validity triggers, see DemoDataWriter). */
    void insert(List<String> columns, List<Object[]> rows) {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?)";
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.getJdbcTemplate().batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }
}
