package vn.bca.antq.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.export.ExportFormat;
import vn.bca.antq.intake.file.SpreadsheetReader;
import vn.bca.antq.security.Role;

/**
 * Warnings are read only if they are rare: a template downloaded and uploaded again unchanged, for every province,
 * dataset and a year of each administrative structure, raises none (and no error). 2024 and 2025: years other tests
 * do not change (a test's changed figures rightly warn against last year).
 */
@IntegrationTest
class UntouchedTemplatesTest {

    @Autowired
    IntakeService intake;

    @Autowired
    SpreadsheetReader reader;

    @Autowired
    AdministrativeUnits units;

    @Test
    void anUntouchedTemplateRaisesNoWarningInAnyProvinceDatasetOrStructure() {
        Map<String, String> raised = new TreeMap<>();
        int checked = 0;
        for (int year : List.of(2024, 2025)) {
            for (var province : units.all(Era.PROVINCES_34, UnitLevel.PROVINCE)) {
                for (Dataset dataset : Dataset.values()) {
                    Preview preview = Files.as(
                            Role.PROVINCE_OFFICER,
                            province.getCode(),
                            () -> previewOfTemplate(province.getCode(), year, dataset));
                    if (preview == null) {
                        continue;
                    }
                    checked++;
                    preview.rows().stream()
                            .flatMap(r -> r.issues().stream().map(i -> r.rowNumber() + " " + i))
                            .forEach(issue -> raised.merge(
                                    province.getCode() + "/" + year + "/" + dataset, issue, (a, b) -> a + "; " + b));
                    preview.fileIssues().stream()
                            .filter(i -> i.severity() != Severity.NOTICE)
                            .forEach(i -> raised.merge(
                                    province.getCode() + "/" + year + "/" + dataset,
                                    i.toString(),
                                    (a, b) -> a + "; " + b));
                }
            }
        }
        assertThat(raised).isEmpty();
        assertThat(checked).as("templates with figures").isGreaterThan(200);
    }

    /** The preview of the scope's template as downloaded, or null when the scope has no figures to fill it. */
    private @Nullable Preview previewOfTemplate(String province, int year, Dataset dataset) {
        if (intake.current(province, year, dataset).isEmpty()) {
            return null;
        }
        try {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            ExportFormat.XLSX.write(intake.template(province, year, dataset, Language.VI), file);
            return intake.preview(province, year, dataset, reader.read("mau.xlsx", file.toByteArray()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
