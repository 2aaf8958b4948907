package vn.bca.antq.indicator.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Restatement;
import vn.bca.antq.indicator.SyntheticMark;
import vn.bca.antq.source.Source;
import vn.bca.antq.source.SourceKind;

/**
 * A figure in words on a page: the indicator's name in the user's language, its change, restatement and sources, the
 * synthetic-data mark; the value itself is {@link FigureFormat}'s.
 */
public final class FigureText {

    private FigureText() {}

    public static String name(Indicator indicator) {
        return indicator.name(UiLanguage.current());
    }

    public static String pick(String vietnamese, String english) {
        return UiLanguage.current().pick(vietnamese, english);
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
        return change.bound() + text + (change.unapproved() ? FigureFormat.UNAPPROVED_MARK : "");
    }

    /** The sources of both years' figures: once when they are the same, else per year ("2020: …; 2026: …"). */
    public static String sources(Component host, FigureChange change) {
        String before = sources(host, change.before());
        String after = sources(host, change.after());
        if (before.equals(after) || before.isEmpty()) {
            return after;
        }
        return after.isEmpty()
                ? before
                : change.before().period().toYear() + ": " + before + "; "
                        + change.after().period().toYear() + ": " + after;
    }

    /** What a figure carried from old units means, for tooltips and cards; empty for any other figure. */
    public static List<String> restatement(Component host, Figure figure) {
        List<String> lines = new ArrayList<>();
        if (figure.restated()
                && figure.indicator().restatement() == Restatement.SHARE_OF_PREDECESSORS
                && figure.numerator() != null
                && figure.denominator() != null) {
            lines.add(host.getTranslation(
                    "figure.share-of-predecessors",
                    Format.number(figure.numerator()),
                    Format.number(figure.denominator())));
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
                .collect(Collectors.toMap(Source::getId, s -> s, (a, b) -> a, LinkedHashMap::new))
                .values()
                .stream()
                .collect(Collectors.groupingBy(
                        Source::getKind, () -> new EnumMap<>(SourceKind.class), Collectors.toList()));
        return byKind.entrySet().stream()
                .map(e -> describe(host, e.getKey(), e.getValue()))
                .collect(Collectors.joining("; "));
    }

    /** What a citation leaves out, for a tooltip or a list of sources: title, author and the stored file of each article. */
    public static String sourceDetails(Component host, Figure figure) {
        return figure.sources().stream()
                .filter(s -> s.getKind() == SourceKind.SEED_ARTICLE)
                .map(s -> host.getTranslation(
                        "source.details",
                        s.getTitle(),
                        s.getAuthor() == null ? "" : s.getAuthor() + ", ",
                        FigureFormat.citation(s),
                        s.getReference()))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Component host, SourceKind kind, List<Source> sources) {
        String name = host.getTranslation("source." + kind.name());
        return switch (kind) {
            case SEED_ARTICLE -> sources.stream().map(FigureFormat::citation).collect(Collectors.joining("; "));
            case IMPORT ->
                name + " "
                        + sources.stream()
                                .limit(MOST_IMPORTS_NAMED)
                                .map(s -> host.getTranslation(
                                        s.isUnapproved() ? "source.import.unapproved" : "source.import.approved",
                                        String.valueOf(s.getPublisher()),
                                        s.getPublishedOn() == null ? "" : Format.date(s.getPublishedOn())))
                                .collect(Collectors.joining(", "))
                        + (sources.size() > MOST_IMPORTS_NAMED
                                ? " " + host.getTranslation("source.import.more", sources.size() - MOST_IMPORTS_NAMED)
                                : "");
            default -> name;
        };
    }

    private static final int MOST_IMPORTS_NAMED = 3;

    /** The synthetic-data mark in words, empty for none. */
    public static String synthetic(Component host, SyntheticMark mark) {
        String key = mark.key();
        return key == null ? "" : host.getTranslation(key);
    }

    /**
     * A title led by the mark, "Số liệu mô phỏng · Xu hướng toàn quốc", so that it stays in sight where a long title is
     * cut off (chart titles do not wrap); the title alone for none.
     */
    public static String synthetic(Component host, SyntheticMark mark, String title) {
        return mark == SyntheticMark.NONE ? title : synthetic(host, mark) + " · " + title;
    }
}
