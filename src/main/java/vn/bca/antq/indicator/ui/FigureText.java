package vn.bca.antq.indicator.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.indicator.Quantity;
import vn.bca.antq.indicator.Restatement;
import vn.bca.antq.source.Source;
import vn.bca.antq.source.SourceKind;

/** A figure in words: the indicator's name in the user's language, the value the Vietnamese way, its sources. */
public final class FigureText {

    private FigureText() {
    }

    public static String name(Indicator indicator) {
        return indicator.name(UiLanguage.current());
    }

    public static String pick(String vietnamese, String english) {
        return UiLanguage.current().pick(vietnamese, english);
    }

    /** The value as shown: vi-VN number or percentage, "≥" for lower bounds; empty when there is none. */
    public static String value(Figure figure) {
        BigDecimal value = figure.value();
        return value == null ? "" : Format.value(value, isPercent(figure), figure.lowerBound());
    }

    /** A rate with its counts, "223/229 (97,37%)"; the value alone when the counts are not known. */
    public static String ratio(Figure figure) {
        Long numerator = figure.numerator();
        Long denominator = figure.denominator();
        return numerator == null || denominator == null ? value(figure)
                : Format.number(numerator) + "/" + Format.number(denominator) + " (" + value(figure) + ")";
    }

    /** Counts as a ratio with their rate, "220/226 (97,35%)". */
    public static String ratio(long part, long whole) {
        String counts = Format.number(part) + "/" + Format.number(whole);
        return whole == 0 ? counts : counts + " (" + Format.percent(BigDecimal.valueOf(part * 100)
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP)) + ")";
    }

    /** A period as read: "2022", "2018–2022" for whole years, else its days "16/08/2005 – 16/08/2022". */
    public static String period(Period period) {
        boolean wholeYears = period.from().getDayOfYear() == 1 && period.to().equals(LocalDate.of(period.toYear(), 12, 31));
        if (!wholeYears) {
            return Format.date(period.from()) + " – " + Format.date(period.to());
        }
        return period.fromYear() == period.toYear() ? String.valueOf(period.toYear()) : period.fromYear() + "–" + period.toYear();
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

    /** A change as shown: "+2,3 điểm %" (a rate), "−120" or "+12,5%" (a count), "≥ +480" (from a lower bound); empty when unknown. */
    public static String change(Component host, FigureChange change) {
        BigDecimal difference = change.difference();
        if (difference == null) {
            return "";
        }
        String signed = Format.signed(difference);
        String text = switch (change.measure()) {
            case POINTS -> host.getTranslation("figure.change.points", signed);
            case COUNT -> signed;
            case PERCENT -> signed + "%";
        };
        return change.bound() + text + (change.unapproved() ? UNAPPROVED_MARK : "");
    }

    /** The sources of both years' figures: once when they are the same, else per year ("2020: …; 2026: …"). */
    public static String sources(Component host, FigureChange change) {
        String before = sources(host, change.before());
        String after = sources(host, change.after());
        if (before.equals(after) || before.isEmpty()) {
            return after;
        }
        return after.isEmpty() ? before : change.before().period().toYear() + ": " + before + "; "
                + change.after().period().toYear() + ": " + after;
    }

    /** Written after a figure (and a unit's label on a map) that includes imported figures not yet approved. */
    public static final String UNAPPROVED_MARK = " *";

    /** Written before an estimate, and after a unit's label on a map and a year on a trend's axis when they show one. */
    public static final String ESTIMATE_MARK = "≈";

    /** A unit's short name with the marks of its figure, as a map or a chart labels it ("Vạn Xuân ≈ *"). */
    public static String label(Figure figure) {
        return figure.unit().getShortName() + (figure.estimate() ? " " + ESTIMATE_MARK : "")
                + (figure.unapproved() ? UNAPPROVED_MARK : "");
    }

    /** What a figure carried from old units means, for tooltips and cards; empty for any other figure. */
    public static List<String> restatement(Component host, Figure figure) {
        List<String> lines = new ArrayList<>();
        if (figure.restated() && figure.indicator().restatement() == Restatement.SHARE_OF_PREDECESSORS
                && figure.numerator() != null && figure.denominator() != null) {
            lines.add(host.getTranslation("figure.share-of-predecessors", Format.number(figure.numerator()), Format.number(figure.denominator())));
        } else if (figure.restated()) {
            lines.add(host.getTranslation("figure.restated"));
        }
        if (figure.estimate()) {
            lines.add(host.getTranslation("figure.estimate"));
        }
        return lines;
    }

    /**
     * The sources in words, as people cite them: an article by outlet and date ("Báo Nam Định, 12/2020"), imports by
     * the organisation that supplied them, the day, and whether they are approved (never by the account that typed
     * them), other kinds by kind. Never an article's file name: that is in {@link #sourceDetails}.
     */
    public static String sources(Component host, Figure figure) {
        return sources(host, figure.sources());
    }

    public static String sources(Component host, Collection<Source> sources) {
        Map<SourceKind, List<Source>> byKind = sources.stream()
                .collect(Collectors.toMap(Source::getId, s -> s, (a, b) -> a, LinkedHashMap::new)).values().stream()
                .collect(Collectors.groupingBy(
                Source::getKind, () -> new EnumMap<>(SourceKind.class), Collectors.toList()));
        return byKind.entrySet().stream().map(e -> describe(host, e.getKey(), e.getValue()))
                .collect(Collectors.joining("; "));
    }

    /** An article as people cite it: its outlet and date; its title where the outlet is unknown. */
    public static String citation(Source source) {
        String outlet = source.getPublisher() != null ? source.getPublisher() : "“" + source.getTitle() + "”";
        LocalDate on = source.getPublishedOn();
        return on == null ? outlet : outlet + ", " + switch (source.getPublishedPrecision()) {
            case DAY -> Format.date(on);
            case MONTH -> MONTH.format(on);
            case YEAR -> String.valueOf(on.getYear());
        };
    }

    /** What a citation leaves out, for a tooltip or a list of sources: title, author and the stored file of each article. */
    public static String sourceDetails(Component host, Figure figure) {
        return figure.sources().stream().filter(s -> s.getKind() == SourceKind.SEED_ARTICLE)
                .map(s -> host.getTranslation("source.details", s.getTitle(), s.getAuthor() == null ? "" : s.getAuthor() + ", ",
                        citation(s), s.getReference()))
                .collect(Collectors.joining("\n"));
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private static String describe(Component host, SourceKind kind, List<Source> sources) {
        String name = host.getTranslation("source." + kind.name());
        return switch (kind) {
            case SEED_ARTICLE -> sources.stream().map(FigureText::citation).collect(Collectors.joining("; "));
            case IMPORT -> name + " " + sources.stream().limit(MOST_IMPORTS_NAMED).map(s -> host.getTranslation(
                    s.isUnapproved() ? "source.import.unapproved" : "source.import.approved", String.valueOf(s.getPublisher()),
                    s.getPublishedOn() == null ? "" : Format.date(s.getPublishedOn()))).collect(Collectors.joining(", "))
                    + (sources.size() > MOST_IMPORTS_NAMED ? " " + host.getTranslation("source.import.more", sources.size() - MOST_IMPORTS_NAMED) : "");
            default -> name;
        };
    }

    private static final int MOST_IMPORTS_NAMED = 3;
}
