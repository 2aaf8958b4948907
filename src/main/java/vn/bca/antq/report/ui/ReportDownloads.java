package vn.bca.antq.report.ui;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.report.ReportService;
import vn.bca.antq.report.pdf.NationalReportPdf;
import vn.bca.antq.report.pdf.ProvinceReportPdf;
import vn.bca.antq.security.AccessScope;
import vn.bca.antq.security.AuditService;

/**
 * Makes the PDF reports and the buttons that download them. A report is made, then recorded in the audit log, and
 * only then handed over; the caller must be allowed to read it ({@link ReportService} checks).
 */
@Component
public class ReportDownloads {

    private final ReportService reports;
    private final AuditService audit;
    private final AccessScope scope;

    ReportDownloads(ReportService reports, AuditService audit, AccessScope scope) {
        this.reports = reports;
        this.audit = audit;
        this.scope = scope;
    }

    /** The annual report of a province of the structure shown, in the language of the page; none for whom may not read it. */
    public Optional<ReportDownload> forProvince(AdminUnit province, int year, Structure structure) {
        return scope.mayDownloadReports() && scope.mayReadDetailOf(province)
                ? Optional.of(new ReportDownload(
                        fileName(province.getCode(), year, structure),
                        () -> provincePdf(province, year, structure, UiLanguage.current())))
                : Optional.empty();
    }

    /** The national summary of a year on the structure shown. */
    public ReportDownload forNation(int year, Structure structure) {
        return new ReportDownload(
                fileName("toan-quoc", year, structure), () -> nationalPdf(year, structure, UiLanguage.current()));
    }

    public byte[] provincePdf(AdminUnit province, int year, Structure structure, Language language) {
        return audited(
                () -> ProvinceReportPdf.render(reports.province(province, year, structure), language),
                "Báo cáo PDF / PDF report",
                province.getName() + " (" + province.getCode() + "), " + year + asReported(structure));
    }

    public byte[] nationalPdf(int year, Structure structure, Language language) {
        return audited(
                () -> NationalReportPdf.render(reports.national(year, structure), language),
                "Báo cáo PDF / PDF report",
                "Toàn quốc, " + year + asReported(structure));
    }

    /** The audit log names the structure only when it is not today's. */
    private static String asReported(Structure structure) {
        return structure == Structure.REPORTED ? ", như khi báo cáo / as reported" : "";
    }

    private byte[] audited(Supplier<byte[]> report, String what, String scope) {
        byte[] pdf = report.get();
        audit.recordExport(what, scope);
        return pdf;
    }

    /** ASCII only, so that every browser and file system keeps it: "bao-cao-antq-33-2025.pdf", "…-36-2020-theo-bao-cao.pdf". */
    private static String fileName(String unit, int year, Structure structure) {
        return "bao-cao-antq-" + unit + "-" + year + (structure == Structure.REPORTED ? "-theo-bao-cao" : "") + ".pdf";
    }
}
