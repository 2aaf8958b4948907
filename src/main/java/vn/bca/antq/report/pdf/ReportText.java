package vn.bca.antq.report.pdf;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.base.text.Translations;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Quantity;
import vn.bca.antq.indicator.SyntheticMark;
import vn.bca.antq.source.Source;
import vn.bca.antq.source.SourceKind;

/**
 * The words of a report in one language, chosen when the link was made: a download runs outside the page's UI
 * thread, so nothing here asks for the current UI. Numbers and dates are vi-VN in both languages, as on screen.
 */
record ReportText(Language language) {

    String get(String key, Object... params) {
        return Translations.get(language, key, params);
    }

    String name(Indicator indicator) {
        return indicator.name(language);
    }

    /** The value as the dashboard shows it, "—" without data, "≈" before an estimate, "*" when part of it awaits approval. */
    String value(Figure figure) {
        return figure.hasData() ? FigureFormat.marked(figure) : get("report.none");
    }

    /** The change since the previous year: "+1.234", "−0,5 điểm %", "±0"; "—" when either year has no data. */
    String change(Figure now, Figure before) {
        BigDecimal a = now.value();
        BigDecimal b = before.value();
        if (a == null || b == null) {
            return get("report.none");
        }
        BigDecimal change = a.subtract(b);
        String signed = (change.signum() > 0 ? "+" : change.signum() < 0 ? "−" : "±") + Format.number(change.abs());
        return now.indicator().quantity() == Quantity.PERCENT ? get("figure.change.points", signed) : signed;
    }

    /** A title led by the synthetic mark when the figures are synthetic demo data, wholly or in part (as on screen). */
    String marked(String title, Collection<Figure> figures) {
        String key = SyntheticMark.of(figures).key();
        return key == null ? title : get(key) + " · " + title;
    }

    /** The figure's sources in words, as the dashboard's cards word them; articles by outlet and date. */
    String sources(Figure figure) {
        Map<SourceKind, List<Source>> byKind = figure.sources().stream()
                .collect(Collectors.groupingBy(
                        Source::getKind, () -> new EnumMap<>(SourceKind.class), Collectors.toList()));
        return byKind.entrySet().stream()
                .map(e -> describe(e.getKey(), e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private String describe(SourceKind kind, List<Source> sources) {
        String name = get("source." + kind.name());
        if (kind == SourceKind.SEED_ARTICLE) {
            name = sources.stream().map(FigureFormat::citation).collect(Collectors.joining("; "));
        }
        return sources.stream().anyMatch(Source::isUnapproved) ? name + " (" + get("report.unapproved") + ")" : name;
    }

    /**
     * One line of the sources section: an article as cited, then its title, author and stored file; another source by
     * kind, reference, title, publisher and date where known, approval.
     */
    String sourceLine(Source source) {
        if (source.getKind() == SourceKind.SEED_ARTICLE) {
            return get("source." + source.getKind().name()) + ": " + FigureFormat.citation(source) + " — "
                    + get(
                            "source.details",
                            source.getTitle(),
                            source.getAuthor() == null ? "" : source.getAuthor() + ", ",
                            FigureFormat.citation(source),
                            source.getReference());
        }
        StringBuilder line = new StringBuilder(get("source." + source.getKind().name()))
                .append(": ")
                .append(source.getReference())
                .append(" — ")
                .append(source.getTitle());
        if (source.getPublisher() != null) {
            line.append(", ").append(source.getPublisher());
        }
        if (source.getPublishedOn() != null) {
            line.append(", ").append(get("report.source.published", Format.date(source.getPublishedOn())));
        }
        if (source.isUnapproved()) {
            line.append(" (").append(get("report.unapproved")).append(")");
        }
        return line.toString();
    }
}
