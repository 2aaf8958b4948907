package vn.bca.antq.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.export.ExportFormat;
import vn.bca.antq.export.Table;
import vn.bca.antq.intake.file.SpreadsheetReader;
import vn.bca.antq.security.Role;

/**
 * Export, then import: the prefilled template of a scope, written as XLSX or CSV exactly as a user downloads it, reads
 * back into the same rows with every value intact and no error, and committing it leaves the figures as they were.
 * Both administrative structures (2023: Cao Bằng's districts and communes; 2026: its new communes), every reported
 * dataset (targets: TargetImportTest) —
 * models in 2023 and 2024 (the demo moves old sites onto merged communes in 2025, where two villages of one name
 * become the same site by name: the preview flags that as a duplicate until one is renamed).
 */
@IntegrationTest
class RoundTripTest {

    static final String PROVINCE = "04";

    @Autowired
    IntakeService intake;

    @Autowired
    SpreadsheetReader reader;

    static Stream<Arguments> cases() {
        return Dataset.reported().stream()
                .flatMap(d -> Stream.of(2023, d == Dataset.MODELS ? 2024 : 2026)
                        .flatMap(y -> Stream.of(ExportFormat.values()).map(f -> Arguments.of(d, y, f))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void theTemplateReadsBackIntoTheSameFigures(Dataset dataset, int year, ExportFormat format) throws Exception {
        List<ImportRow> before = officer(() -> intake.current(PROVINCE, year, dataset));
        assertThat(before).as("demo data to round-trip").isNotEmpty();
        List<Table> template = officer(() -> intake.template(PROVINCE, year, dataset, Language.VI));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        format.write(template, file);

        Preview preview = officer(() -> {
            try {
                return intake.preview(
                        PROVINCE, year, dataset, reader.read("mau." + format.extension(), file.toByteArray()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(preview.errorCount())
                .as(preview.fileIssues() + " "
                        + preview.rows().stream()
                                .filter(ImportRow::hasErrors)
                                .limit(5)
                                .map(r -> r.rowNumber() + ":" + r.issues() + r.values())
                                .toList())
                .isZero();
        assertThat(values(preview.rows())).containsExactlyInAnyOrderElementsOf(values(before));
        officer(() -> intake.commit(preview, "Xuất rồi nhập lại"));
        assertThat(values(officer(() -> intake.current(PROVINCE, year, dataset))))
                .containsExactlyInAnyOrderElementsOf(values(before));
    }

    @Test
    void theEnglishTemplateSpeaksEnglishAndReadsBackIntoTheSameFigures() throws Exception {
        List<ImportRow> before = officer(() -> intake.current(PROVINCE, 2024, Dataset.FESTIVAL));
        List<Table> template = officer(() -> intake.template(PROVINCE, 2024, Dataset.FESTIVAL, Language.EN));

        assertThat(template.get(0).headers())
                .contains(Dataset.FESTIVAL.column("held_on").headerEn());
        assertThat(template.get(1).name()).isEqualTo("Instructions");
        assertThat(template.get(1).rows())
                .extracting(r -> r.getFirst())
                .startsWith("Festival sites 2024 – Cao Bang.")
                .contains(
                        "Due: 31/10/2024.",
                        "The file replaces all of this dataset's figures for 2024; earlier figures stay in the history.");
        assertThat(template.get(2).headers()).containsExactly("List", "Code", "Name", "Part of");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ExportFormat.XLSX.write(template, file);
        Preview preview = officer(() -> {
            try {
                return intake.preview(
                        PROVINCE, 2024, Dataset.FESTIVAL, reader.read("template.xlsx", file.toByteArray()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(preview.errorCount()).isZero();
        assertThat(values(preview.rows())).containsExactlyInAnyOrderElementsOf(values(before));
    }

    private static List<Map<String, Object>> values(List<ImportRow> rows) {
        return rows.stream().map(ImportRow::values).toList();
    }

    private static <T> T officer(java.util.function.Supplier<T> work) {
        return Files.as(Role.PROVINCE_OFFICER, PROVINCE, work);
    }
}
