package vn.bca.antq.base;

import java.util.Map;

/**
 * How the figures of one indicator are read from a fact table, written by the feature that owns the table and read
 * by the indicator aggregation only. The query returns, per unit and source: {@code unit_id, source_id, ym, num, den,
 * rate, n, is_total}: the month of a flow's rows as yyyymm (NULL for a stock), numerator, denominator or NULL,
 * published rate or NULL, row count, and whether a row is a total for its unit (an assessment of the whole unit,
 * which replaces its sub-units' figures) rather than one item among others (a festival site, a model), which adds to
 * them. The reader binds {@code :from} and {@code :to} (the period of a flow), {@code :asOf} (the day a stock is
 * taken) and {@code :year} (the assessment year); {@code params} are the query's own.
 *
 * @param table the fact table read, whose highest id tells when its figures changed
 */
public record FigureQuery(String table, String sql, Map<String, Object> params) {

    public FigureQuery {
        params = Map.copyOf(params);
    }
}
