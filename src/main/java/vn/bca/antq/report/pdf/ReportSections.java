package vn.bca.antq.report.pdf;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.PdfPTable;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.Quantity;
import vn.bca.antq.report.KeyFigure;
import vn.bca.antq.report.Prepared;
import vn.bca.antq.report.ReportMap;
import vn.bca.antq.report.ReportService;
import vn.bca.antq.source.Source;
import vn.bca.antq.source.SourceKind;

/** The parts both reports have: the title block, key figures, map, charts and the list of sources. */
final class ReportSections {

    static final Color THIS_YEAR = Color.decode("#3182bd");
    static final Color LAST_YEAR = Color.decode("#9ecae1");
    static final Color UNIT_LINE = Color.decode("#31a354");
    static final Color NATION_LINE = Color.decode("#636363");
    private static final float MAP_HEIGHT = 430;
    private static final float CHART_HEIGHT = 190;

    private ReportSections() {}

    /** Which structure the report stands on: restated onto today's, or as the year was reported. */
    static String eraNote(ReportText text, Structure structure, int year) {
        return structure == Structure.CURRENT && year < Era.REFORM_DATE.getYear()
                ? text.get("report.era.restated", String.valueOf(year))
                : text.get("report.era." + structure.era(year));
    }

    /** The note under a table that holds estimates (≈): what they are. */
    static void estimateNote(ReportDocument pdf, List<Figure> figures) {
        if (figures.stream().anyMatch(Figure::estimate)) {
            pdf.paragraph(pdf.text.get("report.estimate.note"), 7.5f);
        }
    }

    static void title(ReportDocument pdf, String title, Prepared prepared, String eraNote) {
        pdf.title(
                title,
                pdf.text.get(
                        "report.prepared",
                        Format.dateTime(prepared.at().toInstant(), prepared.at().getZone()),
                        prepared.by()),
                eraNote);
    }

    /** Says under the title that the report holds synthetic demo data, when it does. */
    static void syntheticNote(ReportDocument pdf, List<Source> sources) {
        if (sources.stream().anyMatch(s -> s.getKind() == SourceKind.SYNTHETIC)) {
            pdf.paragraph(pdf.text.get("report.synthetic"), 9);
        }
    }

    /**
     * Value, change since last year, and (for a province) the nation's value and the rank among provinces; the target
     * and the gap when any figure has a target; the source.
     */
    static void keyFigures(ReportDocument pdf, int year, List<KeyFigure> figures, boolean withNation) {
        ReportText text = pdf.text;
        pdf.heading(text.get("report.section.figures", String.valueOf(year)));
        boolean withTargets = figures.stream().anyMatch(k -> k.target() != null);
        List<String> headers = new ArrayList<>(List.of(
                text.get("report.column.indicator"),
                text.get("report.column.value"),
                text.get("report.column.change", String.valueOf(year - 1))));
        List<Float> widths = new ArrayList<>(List.of(withNation ? 30f : 38f, 11f, 12f));
        if (withNation) {
            headers.addAll(List.of(text.get("report.column.nation"), text.get("report.column.rank")));
            widths.addAll(List.of(11f, 8f));
        }
        if (withTargets) {
            headers.add(text.get("report.column.target"));
            widths.add(14f);
        }
        headers.add(text.get("report.column.source"));
        widths.add(withNation ? 28f : 35f);
        float[] columns = new float[widths.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = widths.get(i);
        }
        PdfPTable table = pdf.table(columns, headers.toArray(String[]::new));
        for (KeyFigure key : figures) {
            Figure figure = key.figure();
            pdf.cell(table, text.name(figure.indicator()), false);
            pdf.cell(table, text.value(figure), true);
            pdf.cell(table, text.change(figure, key.previousYear()), true);
            if (withNation) {
                pdf.cell(table, text.value(key.nation()), true);
                pdf.cell(
                        table,
                        key.isRanked()
                                ? text.get("report.rank", String.valueOf(key.rank()), String.valueOf(key.ranked()))
                                : text.get("report.none"),
                        true);
            }
            if (withTargets) {
                pdf.cell(table, target(text, figure, key.target()), true);
            }
            pdf.cell(table, text.sources(figure), false);
        }
        pdf.add(table);
        if (figures.stream().anyMatch(k -> k.figure().unapproved() || k.nation().unapproved())) {
            pdf.paragraph(text.get("report.unapproved.note"), 7.5f);
        }
    }

    /** "98%; còn thiếu 1,2" or "98%; đã đạt"; a dash without a target. */
    private static String target(ReportText text, Figure figure, @Nullable BigDecimal target) {
        if (target == null) {
            return text.get("report.none");
        }
        String goal =
                figure.indicator().quantity() == Quantity.PERCENT ? Format.percent(target) : Format.number(target);
        BigDecimal value = figure.value();
        if (value == null) {
            return goal;
        }
        return value.compareTo(target) >= 0
                ? text.get("report.target.reached", goal)
                : text.get("report.target.gap", goal, Format.number(target.subtract(value)));
    }

    static void map(ReportDocument pdf, ReportMap map, List<Figure> figures, String indicatorName) {
        pdf.heading(pdf.text.get("report.section.map", indicatorName));
        if (map.isEmpty()) {
            pdf.paragraph(pdf.text.get("report.no-map"), 9);
            return;
        }
        MapDrawing drawing = new MapDrawing(pdf, map, figures);
        String legendTitle = pdf.text.marked(indicatorName, figures);
        pdf.drawing(
                pdf.width(),
                MAP_HEIGHT + drawing.legendHeight(),
                canvas -> drawing.draw(canvas, pdf.width(), MAP_HEIGHT + drawing.legendHeight(), legendTitle));
    }

    /** The five coverage categories this year against last year. */
    static void coverageBars(ReportDocument pdf, int year, List<KeyFigure> figures) {
        ReportText text = pdf.text;
        List<KeyFigure> coverage = ReportService.COVERAGE.stream()
                .map(i -> figures.stream()
                        .filter(k -> k.figure().indicator() == i)
                        .findFirst()
                        .orElseThrow())
                .toList();
        List<String> categories = coverage.stream()
                .map(k -> text.get("overview.category." + k.figure().indicator().code()))
                .toList();
        pdf.drawing(
                pdf.width(),
                CHART_HEIGHT,
                canvas -> new ChartDrawing(pdf, true)
                        .bars(
                                canvas,
                                pdf.width(),
                                CHART_HEIGHT,
                                text.marked(
                                        text.get(
                                                "report.chart.coverage",
                                                String.valueOf(year),
                                                String.valueOf(year - 1)),
                                        coverage.stream()
                                                .flatMap(k -> Stream.of(k.figure(), k.previousYear()))
                                                .toList()),
                                categories,
                                List.of(
                                        new ChartDrawing.Series(
                                                String.valueOf(year - 1),
                                                LAST_YEAR,
                                                coverage.stream()
                                                        .map(k -> FigureFormat.number(k.previousYear()))
                                                        .toList()),
                                        new ChartDrawing.Series(
                                                String.valueOf(year),
                                                THIS_YEAR,
                                                coverage.stream()
                                                        .map(k -> FigureFormat.number(k.figure()))
                                                        .toList()))));
    }

    /** One line per unit (the province, the nation) from the first year to the report's year. */
    static void trend(ReportDocument pdf, String title, List<ChartDrawing.Series> series, List<Figure> years) {
        List<String> labels =
                years.stream().map(f -> String.valueOf(f.period().toYear())).toList();
        boolean percent = !years.isEmpty() && FigureFormat.isPercent(years.getFirst());
        String marked = pdf.text.marked(title, years);
        pdf.drawing(
                pdf.width(),
                CHART_HEIGHT,
                canvas -> new ChartDrawing(pdf, percent)
                        .lines(canvas, pdf.width(), CHART_HEIGHT, marked, labels, series));
    }

    static ChartDrawing.Series series(String name, Color colour, List<Figure> figures) {
        return new ChartDrawing.Series(
                name, colour, figures.stream().map(FigureFormat::number).toList());
    }

    static void sources(ReportDocument pdf, List<Source> sources) {
        pdf.heading(pdf.text.get("report.section.sources"));
        IntStream.range(0, sources.size())
                .forEach(i -> pdf.paragraph((i + 1) + ". " + pdf.text.sourceLine(sources.get(i)), 8));
    }
}
