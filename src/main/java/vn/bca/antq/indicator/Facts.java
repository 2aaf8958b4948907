package vn.bca.antq.indicator;

/**
 * SQL for the figures derived from the detail tables. Each query returns, per unit and source:
 * {@code unit_id, source_id, ym, num, den, rate, n, is_total}: the month of a flow's rows as yyyymm (NULL for a stock),
 * numerator, denominator or NULL, published rate or NULL, row count, and whether a row is a total for its unit
 * (an assessment of the whole unit, which replaces its sub-units' figures) rather than one item among others
 * (a festival site, a model), which adds to them.
 * Parameters: {@code :from} and {@code :to} bound the period of a flow, {@code :asOf} is the day a stock is taken,
 * {@code :year} the assessment year.
 */
final class Facts {

    private Facts() {
    }

    static String coverage(String category) {
        return """
                SELECT unit_id, source_id, NULL ym, SUM(recognised_units) num, SUM(total_units) den,
                       CASE WHEN COUNT(*) = 1 THEN MAX(published_rate) END rate, COUNT(*) n, 1 is_total
                FROM safety_assessment WHERE category = '%s' AND assessment_year = :year
                GROUP BY unit_id, source_id""".formatted(category);
    }

    static String festival(String numerator, String condition) {
        return """
                SELECT unit_id, source_id, EXTRACT(YEAR_MONTH FROM held_on) ym, %s num, NULL den, NULL rate, COUNT(*) n, 0 is_total
                FROM festival_event WHERE held_on BETWEEN :from AND :to AND %s
                GROUP BY unit_id, source_id, EXTRACT(YEAR_MONTH FROM held_on)""".formatted(numerator, condition);
    }

    static String models(String condition) {
        return """
                SELECT home_unit_id unit_id, source_id, NULL ym, COUNT(*) num, NULL den, NULL rate, COUNT(*) n, 0 is_total
                FROM movement_model
                WHERE started_on <= :asOf AND (retired_on IS NULL OR retired_on > :asOf) AND %s
                GROUP BY home_unit_id, source_id""".formatted(condition);
    }

    static String sites(String numerator) {
        return """
                SELECT unit_id, source_id, NULL ym, %s num, NULL den, NULL rate, COUNT(*) n, 0 is_total
                FROM model_site WHERE started_on <= :asOf AND (ended_on IS NULL OR ended_on > :asOf)
                GROUP BY unit_id, source_id""".formatted(numerator);
    }

    static String exemplars() {
        return """
                SELECT unit_id, source_id, NULL ym, COUNT(*) num, NULL den, NULL rate, COUNT(*) n, 0 is_total
                FROM exemplar WHERE recognised_on <= :asOf
                GROUP BY unit_id, source_id""";
    }

    static String awards(String recipientKind) {
        return """
                SELECT unit_id, source_id, EXTRACT(YEAR_MONTH FROM awarded_on) ym, SUM(quantity) num, NULL den, NULL rate, COUNT(*) n, 0 is_total
                FROM award WHERE awarded_on BETWEEN :from AND :to AND recipient_kind = '%s'
                GROUP BY unit_id, source_id, EXTRACT(YEAR_MONTH FROM awarded_on)""".formatted(recipientKind);
    }
}
