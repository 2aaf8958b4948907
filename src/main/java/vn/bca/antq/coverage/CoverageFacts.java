package vn.bca.antq.coverage;

import java.util.Map;
import vn.bca.antq.base.FigureQuery;

/** The figures of table {@code safety_assessment}: each assessment is its unit's total for a category and year. */
public final class CoverageFacts {

    private CoverageFacts() {}

    /** Units of the category recognised "An toàn về ANTT" over those assessed, with the published rate of a single row. */
    public static FigureQuery recognised(Category category) {
        return new FigureQuery("safety_assessment", """
                SELECT unit_id, source_id, NULL ym, SUM(recognised_units) num, SUM(total_units) den,
                       CASE WHEN COUNT(*) = 1 THEN MAX(published_rate) END rate, COUNT(*) n, 1 is_total
                FROM safety_assessment WHERE category = :category AND assessment_year = :year
                GROUP BY unit_id, source_id""", Map.of("category", category.name()));
    }
}
