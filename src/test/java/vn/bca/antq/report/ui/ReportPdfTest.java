package vn.bca.antq.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.security.AuditKind;
import vn.bca.antq.security.AuditService;
import vn.bca.antq.security.Role;

/** The reports read back with PDFBox: their words, figures, sources, map labels, fonts and pages, and who gets them. */
class ReportPdfTest extends KaribuTest {

    @Autowired
    ReportDownloads reports;

    @Autowired
    IndicatorService indicators;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    AuditService audit;

    @Autowired
    vn.bca.antq.monitoring.TargetService targets;

    @Test
    void hungYen2025HasItsTitleFiguresSourcesAndEmbeddedFonts() throws IOException {
        AdminUnit hungYen = province(Era.PROVINCES_34, "33");
        Pdf pdf = Pdf.read(
                timed("Hưng Yên 2025", () -> reports.provincePdf(hungYen, 2025, Structure.CURRENT, Language.VI)));

        assertThat(pdf.text())
                .contains("Báo cáo phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2025 — Tỉnh Hưng Yên")
                .contains(
                        "người lập: Test LEADERSHIP",
                        "Số liệu chính năm 2025",
                        "So với năm 2024",
                        "Xếp hạng",
                        "Nguồn số liệu")
                .contains("Số liệu theo xã, phường, đặc khu", "Dữ liệu mô phỏng");
        for (Indicator indicator : List.of(
                Indicator.COVERAGE_RESIDENTIAL_AREAS,
                Indicator.COVERAGE_SCHOOLS,
                Indicator.MODEL_SITES,
                Indicator.FESTIVAL_ATTENDANCE)) {
            String value = FigureFormat.value(indicators.figure(indicator, hungYen, Period.year(2025)));
            assertThat(value).isNotEmpty();
            assertThat(pdf.text()).contains(indicator.name(Language.VI) + " " + value);
        }
        AdminUnit firstCommune = units.within(hungYen, UnitLevel.COMMUNE).getFirst();
        assertThat(pdf.text()).contains(firstCommune.getName());
        assertThat(pdf.pages()).isBetween(5, 20);
        pdf.assertFontsEmbedded();
    }

    @Test
    void aProvincesTargetsAreInItsReportWithTheGap() throws IOException {
        AdminUnit hungYen = province(Era.PROVINCES_34, "33");
        long sites = indicators
                .figure(Indicator.FESTIVAL_SITES, hungYen, Period.year(2025))
                .numerator();
        targets.set(Indicator.FESTIVAL_SITES, hungYen, 2025, java.math.BigDecimal.valueOf(sites + 12));
        try {
            Pdf pdf = Pdf.read(reports.provincePdf(hungYen, 2025, Structure.CURRENT, Language.VI));
            assertThat(pdf.text()).contains("Mục tiêu").contains(Format.number(sites + 12) + "; còn thiếu 12");
        } finally {
            targets.set(Indicator.FESTIVAL_SITES, hungYen, 2025, null);
        }
    }

    @Test
    void oldHungYenIn2022IsReportedOnItsDistrictsWithTheSeedArticle() throws IOException {
        AdminUnit oldHungYen = province(Era.PROVINCES_63, "33");
        Pdf pdf = Pdf.read(
                timed("Hưng Yên 2022", () -> reports.provincePdf(oldHungYen, 2022, Structure.REPORTED, Language.VI)));

        assertThat(pdf.text())
                .contains("Báo cáo phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2022 — Tỉnh Hưng Yên")
                .contains("Số liệu theo quận, huyện", "63 tỉnh, thành phố");
        // the seed article's figures of Hưng Yên (887 self-managed security teams to 11/2022), cited by outlet and date
        String teams =
                FigureFormat.value(indicators.figure(Indicator.SELF_MANAGED_TEAMS, oldHungYen, Period.year(2022)));
        assertThat(teams).isEqualTo("887");
        assertThat(pdf.text())
                .contains(Indicator.SELF_MANAGED_TEAMS.name(Language.VI) + " 887")
                .contains("Cổng thông tin điện tử tỉnh Hưng Yên, 11/2022", "(tệp lưu trữ: 002_9e525a15b9b8ba69.txt)")
                .contains("Báo cáo này có số liệu mô phỏng (cơ sở dữ liệu trình diễn), không phải số liệu thật.");
        units.within(oldHungYen, UnitLevel.DISTRICT)
                .forEach(d -> assertThat(pdf.text()).contains(d.getName()));
        String nation = FigureFormat.value(indicators.national(Indicator.COVERAGE_COMMUNES, Period.year(2022)));
        assertThat(pdf.text()).contains(nation);
        assertThat(pdf.pages()).isBetween(4, 12);
        pdf.assertFontsEmbedded();
    }

    @Test
    void aNewProvinceIn2020IsReportedOnItsCommunesRestatedWithTheEstimatesMarked() throws IOException {
        AdminUnit ninhBinh = province(Era.PROVINCES_34, "37");
        Pdf pdf = Pdf.read(reports.provincePdf(ninhBinh, 2020, Structure.CURRENT, Language.VI));

        assertThat(pdf.text())
                .contains(
                        "năm 2020 — Tỉnh Ninh Bình",
                        "Số liệu năm 2020 tính lại trên cấu trúc hành chính hiện nay",
                        "Số liệu theo xã, phường, đặc khu",
                        "≈",
                        "≈ Ước tính: xã, phường mới có phần chia đều");
        String residential = FigureFormat.value(
                indicators.figure(Indicator.COVERAGE_RESIDENTIAL_AREAS, ninhBinh, Period.year(2020)));
        assertThat(pdf.text()).contains(Indicator.COVERAGE_RESIDENTIAL_AREAS.name(Language.VI) + " " + residential);
    }

    @Test
    void theNationalSummaryAsReportedIn2020ListsTheSixtyThreeProvinces() throws IOException {
        Pdf pdf = Pdf.read(reports.nationalPdf(2020, Structure.REPORTED, Language.VI));

        assertThat(pdf.text()).contains("63 tỉnh, thành phố");
        units.all(Era.PROVINCES_63, UnitLevel.PROVINCE)
                .forEach(p -> assertThat(pdf.text()).contains(p.getName()));
    }

    @Test
    void theNationalSummaryNamesHoangSaAndTruongSaOnItsMapPage() throws IOException {
        Pdf pdf = Pdf.read(timed("national 2025", () -> reports.nationalPdf(2025, Structure.CURRENT, Language.VI)));

        assertThat(pdf.text())
                .contains("Báo cáo tổng hợp phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2025 — Toàn quốc");
        String mapPage = pdf.pageContaining("2. Bản đồ");
        assertThat(mapPage).contains("Quần đảo Hoàng Sa (Đà Nẵng)", "Quần đảo Trường Sa (Khánh Hòa)");
        String sites = FigureFormat.value(indicators.national(Indicator.FESTIVAL_SITES, Period.year(2025)));
        assertThat(pdf.text()).contains(Indicator.FESTIVAL_SITES.name(Language.VI) + " " + sites);
        units.all(Era.PROVINCES_34, UnitLevel.PROVINCE)
                .forEach(p -> assertThat(pdf.text()).contains(p.getName()));
        assertThat(pdf.pages()).isBetween(4, 12);
        pdf.assertFontsEmbedded();
    }

    @Test
    void anEnglishPageGetsTheReportInEnglishWithTheSameNumbers() throws IOException {
        Pdf pdf = Pdf.read(reports.nationalPdf(2022, Structure.CURRENT, Language.EN));

        String sites = FigureFormat.value(indicators.national(Indicator.FESTIVAL_SITES, Period.year(2022)));
        assertThat(sites).isEqualTo("5.813");
        assertThat(pdf.text())
                .contains("Summary report on the movement", "2022 — Nationwide", "Festival sites 5.813", "Sources")
                .doesNotContain("Số liệu chính");
        assertThat(pdf.pageContaining("2. Map")).contains("Hoàng Sa", "Trường Sa");
    }

    @Test
    void anOfficerGetsItsOwnProvinceButNotAnotherOneNorAScreenTheNation() {
        AdminUnit hungYen = province(Era.PROVINCES_34, "33");
        signIn(Role.PROVINCE_OFFICER, "01");
        assertThatThrownBy(() -> reports.provincePdf(hungYen, 2025, Structure.CURRENT, Language.VI))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reports.forProvince(hungYen, 2025, Structure.CURRENT)).isEmpty();
        signIn(Role.PRESENTER, null);
        assertThatThrownBy(() -> reports.nationalPdf(2025, Structure.CURRENT, Language.VI))
                .isInstanceOf(AccessDeniedException.class);
        signIn(Role.PROVINCE_OFFICER, "33");
        assertThat(reports.provincePdf(hungYen, 2025, Structure.CURRENT, Language.VI))
                .startsWith("%PDF".getBytes());
    }

    @Test
    void theProvincePageOffersTheReportAndTheDownloadIsAudited() {
        signIn(Role.PROVINCE_OFFICER, "33");
        UI.getCurrent().navigate("province/33", QueryParameters.simple(Map.of("year", "2025")));

        _click(_get(Button.class, spec -> spec.withId("report-pdf")));

        assertThat(_get(Anchor.class, spec -> spec.withId("report-pdf-file")).getHref())
                .isNotEmpty();
        signIn(Role.ADMIN, null);
        assertThat(audit.search("test-province_officer-33", AuditKind.EXPORT, null, null))
                .anySatisfy(e -> assertThat(e.detail()).isEqualTo("Tỉnh Hưng Yên (33), 2025"));
    }

    @Test
    void anotherProvincesPageOffersNoReportAndTheOverviewOffersTheNationalOne() {
        signIn(Role.PROVINCE_OFFICER, "01");
        UI.getCurrent().navigate("province/33", QueryParameters.simple(Map.of("year", "2025")));
        assertThat(_find(Button.class, spec -> spec.withId("report-pdf"))).isEmpty();

        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2024")));
        assertThat(_find(Button.class, spec -> spec.withId("report-pdf"))).hasSize(1);
    }

    @Test
    void aReportThatCannotBeMadeSaysSoInBothLanguagesAndDownloadsNothing() {
        UI.getCurrent().navigate("province/33", QueryParameters.simple(Map.of("year", "2025")));
        signIn(
                Role.PROVINCE_OFFICER,
                "01"); // the page was opened by someone allowed; the click comes from someone who is not

        _click(_get(Button.class, spec -> spec.withId("report-pdf")));

        expectNotifications("Không tạo được báo cáo PDF. Số liệu không bị thay đổi; vui lòng thử lại sau. / "
                + "The PDF report could not be made. No data was changed; please try again later.");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-pdf-file")).getHref())
                .isEmpty();
    }

    private AdminUnit province(Era era, String code) {
        return units.find(era, UnitLevel.PROVINCE, code).orElseThrow();
    }

    private static byte[] timed(String what, java.util.function.Supplier<byte[]> report) {
        long start = System.nanoTime();
        byte[] pdf = report.get();
        System.out.printf(
                "PDF report %s: %d ms, %d KB%n", what, (System.nanoTime() - start) / 1_000_000, pdf.length / 1024);
        return pdf;
    }

    /** A report read back: its text with runs of white space as one space, page by page. */
    record Pdf(List<String> pageTexts, List<PDFont> fonts) {

        static Pdf read(byte[] bytes) throws IOException {
            try (PDDocument document = Loader.loadPDF(bytes)) {
                List<String> pages = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper();
                for (int p = 1; p <= document.getNumberOfPages(); p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    pages.add(stripper.getText(document).replaceAll("\\s+", " "));
                }
                List<PDFont> fonts = new ArrayList<>();
                for (PDPage page : document.getPages()) {
                    collectFonts(page.getResources(), fonts);
                }
                return new Pdf(pages, fonts);
            }
        }

        private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            for (COSName name : resources.getXObjectNames()) {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDFormXObject form && form.getResources() != null) {
                    collectFonts(form.getResources(), fonts);
                }
            }
        }

        String text() {
            return String.join(" ", pageTexts);
        }

        int pages() {
            return pageTexts.size();
        }

        String pageContaining(String words) {
            return pageTexts.stream()
                    .filter(t -> t.contains(words))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No page with " + words));
        }

        /** Every font is a Type 0 font over DejaVu Sans with the TrueType program inside (FontFile2). */
        void assertFontsEmbedded() {
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(((PDType0Font) font)
                                .getDescendantFont()
                                .getFontDescriptor()
                                .getFontFile2())
                        .isNotNull();
            });
        }
    }
}
