package vn.bca.antq.indicator;

/**
 * SQL for the figures derived from the detail tables. Each query returns, per unit and source:
 * {@code unit_id, source_id, num, den, rate, n} (numerator, denominator or NULL, published rate or NULL, row count).
 * Parameters: {@code :from} and {@code :to} bound the period of a flow, {@code :asOf} is the day a stock is taken,
 * {@code :year} the assessment year.
 */
final class Facts {

    private Facts() {
    }

    static String coverage(String category) {
        return """
                SELECT unit_id, source_id, SUM(recognised_units) num, SUM(total_units) den,
                       CASE WHEN COUNT(*) = 1 THEN MAX(published_rate) END rate, COUNT(*) n
                FROM safety_assessment WHERE category = '%s' AND assessment_year = :year
                GROUP BY unit_id, source_id""".formatted(category);
    }

    static String festival(String numerator, String condition) {
        return """
                SELECT unit_id, source_id, %s num, NULL den, NULL rate, COUNT(*) n
                FROM festival_event WHERE held_on BETWEEN :from AND :to AND %s
                GROUP BY unit_id, source_id""".formatted(numerator, condition);
    }

    static String models(String condition) {
        return """
                SELECT home_unit_id unit_id, source_id, COUNT(*) num, NULL den, NULL rate, COUNT(*) n
                FROM movement_model
                WHERE started_on <= :asOf AND (retired_on IS NULL OR retired_on > :asOf) AND %s
                GROUP BY home_unit_id, source_id""".formatted(condition);
    }

    static String sites(String numerator) {
        return """
                SELECT unit_id, source_id, %s num, NULL den, NULL rate, COUNT(*) n
                FROM model_site WHERE started_on <= :asOf AND (ended_on IS NULL OR ended_on > :asOf)
                GROUP BY unit_id, source_id""".formatted(numerator);
    }

    static String exemplars() {
        return """
                SELECT unit_id, source_id, COUNT(*) num, NULL den, NULL rate, COUNT(*) n
                FROM exemplar WHERE recognised_on <= :asOf
                GROUP BY unit_id, source_id""";
    }

    static String awards(String recipientKind) {
        return """
                SELECT unit_id, source_id, SUM(quantity) num, NULL den, NULL rate, COUNT(*) n
                FROM award WHERE awarded_on BETWEEN :from AND :to AND recipient_kind = '%s'
                GROUP BY unit_id, source_id""".formatted(recipientKind);
    }
}
