package vn.bca.antq.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.security.Role;

/**
 * Models and their sites (Lào Cai, 2024, old structure): a site of a model the province already has joins it, a new
 * model is registered once for its two sites, the year's models left without sites go to history, and rows that
 * disagree about their model, or a site outliving its unit, are refused on their cells.
 */
@IntegrationTest
class ModelImportTest {

    static final String PROVINCE = "15";
    static final int YEAR = 2024;
    static final String NEW_MODEL = "Camera an ninh – thôn Nậm Cang";

    @Autowired
    IntakeService intake;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sitesJoinTheirModelsByNameAndNewModelsAreRegisteredOnce() {
        List<ImportRow> current = officer(() -> intake.current(PROVINCE, YEAR, Dataset.MODELS));
        assertThat(current).isNotEmpty();
        ImportRow kept = current.getFirst();
        String existing = (String) kept.value("model_name");
        long existingModels = count("SELECT COUNT(*) FROM movement_model WHERE name = ?", existing);
        List<ImportRow> rows = new ArrayList<>(Files.copy(List.of(kept)));
        rows.add(site(kept, NEW_MODEL, "Thôn Nậm Cang 1"));
        rows.add(site(kept, NEW_MODEL, "Thôn Nậm Cang 2"));
        long yearModelsBefore = count("SELECT COUNT(*) FROM movement_model WHERE YEAR(started_on) = 2024");

        Preview preview =
                officer(() -> intake.preview(PROVINCE, YEAR, Dataset.MODELS, Files.table(Dataset.MODELS, rows)));
        assertThat(preview.errorCount())
                .as(preview.rows().stream().map(ImportRow::issues).toList().toString())
                .isZero();
        IntakeService.CommitResult result = officer(() -> intake.commit(preview, "Sổ mô hình năm 2024"));

        assertThat(officer(() -> intake.current(PROVINCE, YEAR, Dataset.MODELS)))
                .extracting(r -> r.value("site_name"))
                .containsExactlyInAnyOrder(kept.value("site_name"), "Thôn Nậm Cang 1", "Thôn Nậm Cang 2");
        assertThat(count("SELECT COUNT(*) FROM movement_model WHERE name = ?", existing))
                .isEqualTo(existingModels);
        assertThat(count(
                        "SELECT COUNT(*) FROM movement_model WHERE name = ? AND home_unit_id = (SELECT id FROM admin_unit "
                                + "WHERE era = 'PROVINCES_63' AND unit_level = 'COMMUNE' AND code = ?)",
                        NEW_MODEL,
                        kept.value(Dataset.UNIT_CODE)))
                .as("a locally launched model is at home in its site's commune")
                .isEqualTo(1);
        long removed = count(
                "SELECT COUNT(*) FROM replaced_fact WHERE batch_id = ? AND fact_table = 'movement_model'",
                result.importId());
        assertThat(count("SELECT COUNT(*) FROM movement_model WHERE YEAR(started_on) = 2024"))
                .isEqualTo(yearModelsBefore + 1 - removed);
        assertThat(count(
                        "SELECT COUNT(*) FROM replaced_fact WHERE batch_id = ? AND fact_table = 'model_site'",
                        result.importId()))
                .isEqualTo(current.size());
    }

    @Test
    void aSiteMayNameItsModelsTypeByNameWhereAnotherRowUsesTheCode() {
        ImportRow kept =
                officer(() -> intake.current(PROVINCE, 2023, Dataset.MODELS)).getFirst();
        ImportRow byCode = site(kept, NEW_MODEL, "Thôn A");
        ImportRow byName = site(kept, NEW_MODEL, "Thôn B");
        String code = (String) byCode.value("model_type");
        String name = jdbc.queryForObject("SELECT name_vi FROM model_type WHERE code = ?", String.class, code);
        byName.put("model_type", name.toUpperCase(java.util.Locale.ROOT));

        Preview preview = officer(() ->
                intake.preview(PROVINCE, 2023, Dataset.MODELS, Files.table(Dataset.MODELS, List.of(byCode, byName))));

        assertThat(preview.rows()).allSatisfy(row -> assertThat(row.issues()).isEmpty());
        assertThat(preview.rows()).extracting(row -> row.value("model_type")).containsOnly(code);
    }

    @Test
    void rowsThatDisagreeAboutTheirModelOrOutliveTheirUnitAreRefused() {
        ImportRow kept =
                officer(() -> intake.current(PROVINCE, 2023, Dataset.MODELS)).getFirst();
        ImportRow first = site(kept, NEW_MODEL, "Thôn A");
        ImportRow other = site(kept, NEW_MODEL, "Thôn B");
        other.put("host_kind", "SCHOOL");
        ImportRow open = site(kept, "Mô hình khác", "Thôn C");
        open.remove("ended_on");
        ImportRow unknownType = site(kept, "Mô hình lạ", "Thôn D");
        unknownType.put("model_type", "Không có loại này");

        Preview preview = officer(() -> intake.preview(
                PROVINCE, 2023, Dataset.MODELS, Files.table(Dataset.MODELS, List.of(first, other, open, unknownType))));

        assertThat(preview.rows().get(0).issues()).isEmpty();
        assertThat(preview.rows().get(1).issues())
                .extracting(Issue::messageKey, Issue::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("intake.row.modelDisagrees", "host_kind"));
        assertThat(preview.rows().get(2).issues())
                .extracting(Issue::messageKey)
                .containsExactly("intake.row.siteOutlivesUnit");
        assertThat(preview.rows().get(3).issues())
                .extracting(Issue::messageKey)
                .containsExactly("intake.cell.notChoice");
    }

    private static ImportRow site(ImportRow like, String model, String site) {
        ImportRow row = Files.copy(List.of(like)).getFirst();
        row.put("model_name", model);
        row.put("model_type", "SECURITY_CAMERA");
        row.put("initiating_body", "LOCAL");
        row.put("host_kind", "RESIDENTIAL_AREA");
        row.put("site_name", site);
        row.put("teams", 2L);
        row.put("members", 14L);
        row.put("started_on", LocalDate.of(((LocalDate) like.value("started_on")).getYear(), 3, 15));
        row.put("ended_on", LocalDate.of(2025, 6, 30));
        return row;
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static <T> T officer(java.util.function.Supplier<T> work) {
        return Files.as(Role.PROVINCE_OFFICER, PROVINCE, work);
    }
}
