package vn.bca.antq.indicator.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
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

    /** The value followed by a mark when some of it awaits the ministry's approval ("97,37% *"). */
    public static String marked(Figure figure) {
        return figure.unapproved() ? value(figure) + UNAPPROVED_MARK : value(figure);
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
