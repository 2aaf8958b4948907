package vn.bca.antq.festival;

import java.util.Map;
import vn.bca.antq.base.FigureQuery;

/** The figures of table {@code festival_event}, one row per festival site, counted by the month it was held. */
public final class FestivalFacts {

    private static final String TABLE = "festival_event";

    private FestivalFacts() {}

    public static FigureQuery sites() {
        return query("COUNT(*)", "TRUE");
    }

    public static FigureQuery sitesWithCentralLeaders() {
        return query("COUNT(*)", "central_leaders_present");
    }

    /** Attendance of the sites that reported it. */
    public static FigureQuery attendance() {
        return query("SUM(attendance)", "attendance IS NOT NULL");
    }

    /** Value of gifts (VND) of the sites that reported it. */
    public static FigureQuery giftsVnd() {
        return query("SUM(gifts_vnd)", "gifts_vnd IS NOT NULL");
    }

    private static FigureQuery query(String numerator, String condition) {
        return new FigureQuery(TABLE, """
                SELECT unit_id, source_id, EXTRACT(YEAR_MONTH FROM held_on) ym, %s num, NULL den, NULL rate, COUNT(*) n, 0 is_total
                FROM festival_event WHERE held_on BETWEEN :from AND :to AND %s
                GROUP BY unit_id, source_id, EXTRACT(YEAR_MONTH FROM held_on)""".formatted(numerator, condition), Map.of());
    }
}
