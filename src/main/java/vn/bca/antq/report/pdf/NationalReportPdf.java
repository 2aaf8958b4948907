package vn.bca.antq.report.pdf;

import java.util.List;
import java.util.stream.Stream;
import org.openpdf.text.pdf.PdfPTable;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Ranks;
import vn.bca.antq.report.NationalReport;

/** The national summary of a year as a PDF: national figures, the provinces on a map and ranked, the trend, sources. */
public final class NationalReportPdf {

    private NationalReportPdf() {}

    /** The report as a PDF in {@code language}. */
    public static byte[] render(NationalReport report, Language language) {
        return render(report, new ReportText(language));
    }

    public static byte[] render(NationalReport report, ReportText text) {
        String title = text.get("report.title.national", String.valueOf(report.year()));
        ReportDocument pdf = new ReportDocument(text, title, report.prepared().by());
        ReportSections.title(
                pdf, title, report.prepared(), ReportSections.eraNote(text, report.structure(), report.year()));
        ReportSections.syntheticNote(pdf, report.sources());
        ReportSections.keyFigures(pdf, report.year(), report.keyFigures(), false);
        pdf.newPage();
        String mapIndicator = text.name(report.mapIndicator());
        ReportSections.map(pdf, report.map(), report.provinces(), mapIndicator);
        pdf.newPage();
        pdf.heading(text.get("report.section.charts"));
        ReportSections.coverageBars(pdf, report.year(), report.keyFigures());
        ReportSections.trend(
                pdf,
                text.get("report.chart.trend", mapIndicator, "2019", String.valueOf(report.year())),
                List.of(ReportSections.series(
                        text.get("breadcrumbs.nation"), ReportSections.NATION_LINE, report.trend())),
                report.trend());
        ranking(pdf, report);
        ReportSections.sources(pdf, report.sources());
        return pdf.finish();
    }

    /** Every province by the map's indicator, highest first; equal values share a rank; those without data last. */
    private static void ranking(ReportDocument pdf, NationalReport report) {
        ReportText text = pdf.text;
        pdf.heading(text.get("report.section.ranking", text.name(report.mapIndicator())));
        List<Figure> ranked = Stream.concat(
                        Ranks.highestFirst(report.provinces()).stream(),
                        report.provinces().stream().filter(f -> !f.hasData()))
                .toList();
        PdfPTable table = pdf.table(
                new float[] {8, 30, 14, 48},
                text.get("report.column.rank"),
                text.get("report.column.province"),
                text.get("report.column.value"),
                text.get("report.column.source"));
        for (Figure figure : ranked) {
            int rank = Ranks.of(figure, report.provinces());
            pdf.cell(table, rank > 0 ? String.valueOf(rank) : text.get("report.none"), true);
            pdf.cell(table, figure.unit().getName(), false);
            pdf.cell(table, text.value(figure), true);
            pdf.cell(table, text.sources(figure), false);
        }
        pdf.add(table);
    }
}
