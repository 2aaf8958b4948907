package vn.bca.antq.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.pdf.PdfPTable;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.report.ProvinceReport;
import vn.bca.antq.report.UnitRow;

/** The annual report of one province as a PDF: key figures, its units on a map and in a table, charts, sources. */
public final class ProvinceReportPdf {

    private ProvinceReportPdf() {}

    /** The report as a PDF in {@code language}. */
    public static byte[] render(ProvinceReport report, Language language) {
        return render(report, new ReportText(language));
    }

    public static byte[] render(ProvinceReport report, ReportText text) {
        String title = text.get(
                "report.title.province",
                String.valueOf(report.year()),
                report.province().getName());
        ReportDocument pdf = new ReportDocument(text, title, report.prepared().by());
        ReportSections.title(
                pdf, title, report.prepared(), ReportSections.eraNote(text, report.structure(), report.year()));
        ReportSections.syntheticNote(pdf, report.sources());
        ReportSections.keyFigures(pdf, report.year(), report.keyFigures(), true);
        pdf.newPage();
        String mapIndicator = text.name(report.mapIndicator());
        ReportSections.map(pdf, report.map(), report.mapFigures(), mapIndicator);
        pdf.newPage();
        pdf.heading(text.get("report.section.charts"));
        ReportSections.coverageBars(pdf, report.year(), report.keyFigures());
        ReportSections.trend(
                pdf,
                text.get("report.chart.trend", mapIndicator, "2019", String.valueOf(report.year())),
                List.of(
                        ReportSections.series(
                                report.province().getShortName(), ReportSections.UNIT_LINE, report.trend()),
                        ReportSections.series(
                                text.get("breadcrumbs.nation"), ReportSections.NATION_LINE, report.nationalTrend())),
                report.trend());
        units(pdf, report);
        ReportSections.sources(pdf, report.sources());
        return pdf.finish();
    }

    private static void units(ReportDocument pdf, ProvinceReport report) {
        ReportText text = pdf.text;
        UnitLevel level = report.units().isEmpty()
                ? UnitLevel.COMMUNE
                : report.units().getFirst().unit().getLevel();
        pdf.heading(text.get("report.section.units." + level));
        List<String> headers = new ArrayList<>(List.of(text.get("report.column.unit")));
        report.tableIndicators().forEach(i -> headers.add(shortName(text, i)));
        float[] widths = new float[headers.size()];
        widths[0] = 22;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 78f / (widths.length - 1);
        }
        PdfPTable table = pdf.table(widths, headers.toArray(String[]::new));
        for (UnitRow row : report.units()) {
            pdf.cell(table, row.unit().getName(), false);
            row.figures().forEach(f -> pdf.cell(table, text.value(f), true));
        }
        pdf.add(table);
        ReportSections.estimateNote(
                pdf, report.units().stream().flatMap(r -> r.figures().stream()).toList());
    }

    /** Column headings: the coverage categories by their short names, counts by their catalogue names. */
    private static String shortName(ReportText text, Indicator indicator) {
        return switch (indicator.group()) {
            case COVERAGE -> text.get("overview.category." + indicator.code()) + " (%)";
            default -> text.name(indicator);
        };
    }
}
