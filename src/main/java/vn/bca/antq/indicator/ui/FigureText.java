package vn.bca.antq.indicator.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.ui.Format;
import vn.bca.antq.base.ui.Language;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Quantity;
import vn.bca.antq.indicator.Restatement;
import vn.bca.antq.source.Source;
import vn.bca.antq.source.SourceKind;

/** A figure in words: the indicator's name in the user's language, the value the Vietnamese way, its sources. */
public final class FigureText {

    private FigureText() {
    }

    public static String name(Indicator indicator) {
        return pick(indicator.nameVi(), indicator.nameEn());
    }

    public static String pick(String vietnamese, String english) {
        return Language.current().pick(vietnamese, english);
    }

    /** The value as shown: vi-VN number or percentage, "≥" for lower bounds; empty when there is none. */
    public static String value(Figure figure) {
        BigDecimal value = figure.value();
        return value == null ? "" : Format.value(value, isPercent(figure), figure.lowerBound());
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
     * The kinds of source in words; seed articles also by file name ("Bài báo nguồn 000_….txt, 003_….txt"), imports by
     * file, who imported it and when, and whether it is approved.
     */
    public static String sources(Component host, Figure figure) {
        Map<SourceKind, List<Source>> byKind = figure.sources().stream().collect(Collectors.groupingBy(
                Source::getKind, () -> new EnumMap<>(SourceKind.class), Collectors.toList()));
        return byKind.entrySet().stream().map(e -> describe(host, e.getKey(), e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static String describe(Component host, SourceKind kind, List<Source> sources) {
        String name = host.getTranslation("source." + kind.name());
        return switch (kind) {
            case SEED_ARTICLE -> name + " " + sources.stream().map(Source::getReference).collect(Collectors.joining(", "));
            case IMPORT -> name + " " + sources.stream().limit(MOST_IMPORTS_NAMED).map(s -> host.getTranslation(
                    s.isUnapproved() ? "source.import.unapproved" : "source.import.approved", s.getTitle(),
                    String.valueOf(s.getPublisher()), String.valueOf(s.getNote()))).collect(Collectors.joining(", "))
                    + (sources.size() > MOST_IMPORTS_NAMED ? " " + host.getTranslation("source.import.more", sources.size() - MOST_IMPORTS_NAMED) : "");
            default -> name;
        };
    }

    private static final int MOST_IMPORTS_NAMED = 3;
}
