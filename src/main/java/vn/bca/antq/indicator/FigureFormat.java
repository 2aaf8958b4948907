package vn.bca.antq.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.source.Source;

/**
 * A figure's value as every page, file and report writes it: the vi-VN form (base.text.Format), "≥" for lower bounds,
 * the marks of estimates and of figures awaiting approval. The same in every language.
 */
public final class FigureFormat {

    private FigureFormat() {}

    /** The value as shown: vi-VN number or percentage, "≥" for lower bounds; empty when there is none. */
    public static String value(Figure figure) {
        BigDecimal value = figure.value();
        return value == null ? "" : Format.value(value, isPercent(figure), figure.lowerBound());
    }

    /** A rate with its counts, "223/229 (97,37%)"; the value alone when the counts are not known. */
    public static String ratio(Figure figure) {
        Long numerator = figure.numerator();
        Long denominator = figure.denominator();
        return numerator == null || denominator == null
                ? value(figure)
                : Format.number(numerator) + "/" + Format.number(denominator) + " (" + value(figure) + ")";
    }

    /** Counts as a ratio with their rate, "220/226 (97,35%)". */
    public static String ratio(long part, long whole) {
        String counts = Format.number(part) + "/" + Format.number(whole);
        return whole == 0
                ? counts
                : counts + " ("
                        + Format.percent(BigDecimal.valueOf(part * 100)
                                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP))
                        + ")";
    }

    /** A period as read: "2022", "2018–2022" for whole years, else its days "16/08/2005 – 16/08/2022". */
    public static String period(Period period) {
        boolean wholeYears =
                period.from().getDayOfYear() == 1 && period.to().equals(LocalDate.of(period.toYear(), 12, 31));
        if (!wholeYears) {
            return Format.date(period.from()) + " – " + Format.date(period.to());
        }
        return period.fromYear() == period.toYear()
                ? String.valueOf(period.toYear())
                : period.fromYear() + "–" + period.toYear();
    }

    /** The value for charts and maps; null when there is none. */
    public static @Nullable Double number(Figure figure) {
        BigDecimal value = figure.value();
        return value == null ? null : value.doubleValue();
    }

    public static boolean isPercent(Figure figure) {
        return figure.indicator().quantity() == Quantity.PERCENT;
    }

    /**
     * The value with its marks: "≈" before an estimate (it holds an equal share of an old commune split among several
     * new ones), "*" after a figure some of which awaits the ministry's approval ("≈97,37% *").
     */
    public static String marked(Figure figure) {
        String value = figure.estimate() ? ESTIMATE_MARK + value(figure) : value(figure);
        return figure.unapproved() ? value + UNAPPROVED_MARK : value;
    }

    /** Written after a figure (and a unit's label on a map) that includes imported figures not yet approved. */
    public static final String UNAPPROVED_MARK = " *";

    /** Written before an estimate, and after a unit's label on a map and a year on a trend's axis when they show one. */
    public static final String ESTIMATE_MARK = "≈";

    /** A unit's short name with the marks of its figure, as a map or a chart labels it ("Vạn Xuân ≈ *"). */
    public static String label(Figure figure) {
        return figure.unit().getShortName()
                + (figure.estimate() ? " " + ESTIMATE_MARK : "")
                + (figure.unapproved() ? UNAPPROVED_MARK : "");
    }

    /** An article as people cite it: its outlet and date; its title where the outlet is unknown. */
    public static String citation(Source source) {
        String outlet = source.getPublisher() != null ? source.getPublisher() : "“" + source.getTitle() + "”";
        LocalDate on = source.getPublishedOn();
        return on == null
                ? outlet
                : outlet + ", "
                        + switch (source.getPublishedPrecision()) {
                            case DAY -> Format.date(on);
                            case MONTH -> MONTH.format(on);
                            case YEAR -> String.valueOf(on.getYear());
                        };
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
}
