package vn.bca.antq.award;

import java.util.Map;
import vn.bca.antq.base.FigureQuery;

/** The figures of table {@code award}: recipients awarded, counted by the month of the award. */
public final class AwardFacts {

    private AwardFacts() {}

    public static FigureQuery awarded(RecipientKind kind) {
        return new FigureQuery("award", """
                SELECT unit_id, source_id, EXTRACT(YEAR_MONTH FROM awarded_on) ym, SUM(quantity) num, NULL den, NULL rate, COUNT(*) n, 0 is_total
                FROM award WHERE awarded_on BETWEEN :from AND :to AND recipient_kind = :kind
                GROUP BY unit_id, source_id, EXTRACT(YEAR_MONTH FROM awarded_on)""", Map.of("kind", kind.name()));
    }
}
