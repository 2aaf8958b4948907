package vn.bca.antq.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.bca.antq.monitoring.Monitored.HUNG_YEN;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.export.ExportFormat;
import vn.bca.antq.export.Table;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.intake.Column;
import vn.bca.antq.intake.Dataset;
import vn.bca.antq.intake.ImportRow;
import vn.bca.antq.intake.IntakeException;
import vn.bca.antq.intake.IntakeService;
import vn.bca.antq.intake.Issue;
import vn.bca.antq.intake.Preview;
import vn.bca.antq.intake.file.SpreadsheetReader;
import vn.bca.antq.security.Role;

/**
 * A province officer sets its communes' targets by file through the intake: the same checks as on the targets page,
 * the preview, all-or-nothing, and every change in the targets' history. Real XLSX files, written and read back.
 */
@IntegrationTest
class TargetImportTest {

    private static final int YEAR = 2026;

    @Autowired
    IntakeService intake;

    @Autowired
    TargetService targets;

    @Autowired
    SpreadsheetReader reader;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    JdbcTemplate jdbc;

    AdminUnit province;
    AdminUnit first;
    AdminUnit second;

    @BeforeEach
    void communes() {
        Monitored.clear(jdbc);
        province = units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, HUNG_YEN).orElseThrow();
        List<AdminUnit> communes = units.within(province, UnitLevel.COMMUNE);
        first = communes.get(0);
        second = communes.get(1);
    }

    @AfterEach
    void clear() {
        Monitored.clear(jdbc);
    }

    @Test
    void anOfficerSetsItsCommunesTargetsByFileAndEachChangeIsInTheHistory() {
        Preview preview = officer(() -> preview(file(
                row(Indicator.COVERAGE_RESIDENTIAL_AREAS, first, "98,5"),
                row(Indicator.FESTIVAL_SITES, second, "12"))));
        assertThat(preview.errorCount()).as(issues(preview)).isZero();

        officer(() -> intake.commit(preview, null));

        assertThat(targetsOfCommunes())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "COVERAGE_RESIDENTIAL_AREAS " + first.getCode(), new BigDecimal("98.5"),
                        "FESTIVAL_SITES " + second.getCode(), new BigDecimal("12")));
        List<TargetChange> history = officer(() -> targets.history(first, YEAR));
        assertThat(history).singleElement().satisfies(change -> {
            assertThat(change.after()).isEqualByComparingTo("98.5");
            assertThat(change.by()).isEqualTo("matrix-province_officer-" + HUNG_YEN);
        });
    }

    @Test
    void aLaterFileHoldsAllTheTargetsAndOneLeftOutIsRemoved() {
        officer(() -> intake.commit(
                preview(file(
                        row(Indicator.COVERAGE_SCHOOLS, first, "90"), row(Indicator.FESTIVAL_SITES, second, "12"))),
                null));

        officer(() -> intake.commit(preview(file(row(Indicator.COVERAGE_SCHOOLS, first, "95"))), null));

        assertThat(targetsOfCommunes())
                .containsExactlyEntriesOf(Map.of("COVERAGE_SCHOOLS " + first.getCode(), new BigDecimal("95")));
        assertThat(officer(() -> targets.history(second, YEAR)))
                .extracting(
                        change -> change.after() == null ? null : change.after().stripTrailingZeros())
                .containsExactly(null, new BigDecimal("12"));
    }

    @Test
    void aTargetTheIndicatorCannotHaveIsAnErrorOfItsCellAndNothingIsStored() {
        Preview preview = officer(() -> preview(file(
                row(Indicator.COVERAGE_AGENCIES, first, "120"),
                row(Indicator.MODELS, second, "2,5"),
                row(Indicator.FESTIVAL_SITES, second, "3"))));

        assertThat(errors(preview)).containsExactly("2 target target.error.percent", "3 target target.error.whole");
        assertThatThrownBy(() -> officer(() -> intake.commit(preview, null))).isInstanceOf(IntakeException.class);
        assertThat(targetsOfCommunes()).isEmpty();
    }

    @Test
    void theMinistryCannotSetACommunesTargetByFileNorAnOfficerTheProvinces() {
        Preview byAdmin = Monitored.as(Role.ADMIN, null, () -> preview(file(row(Indicator.MODELS, first, "4"))));
        assertThat(errors(byAdmin)).containsExactly("2 unit_code intake.row.targetNotYours");

        Preview ownProvince = officer(() -> preview(file(row(Indicator.MODELS, province, "40"))));
        assertThat(errors(ownProvince)).singleElement().asString().startsWith("2 unit_code intake.");
        assertThat(targetsOfCommunes()).isEmpty();
    }

    @Test
    void theTemplateHoldsARowForEveryIndicatorOfEveryCommuneAndReadsBackIntoTheSameTargets() throws Exception {
        officer(() -> {
            targets.set(Indicator.COVERAGE_COMMUNES, first, YEAR, new BigDecimal("97.37"));
            targets.set(Indicator.MODELS, second, YEAR, new BigDecimal("6"));
            return null;
        });
        Map<String, BigDecimal> before = targetsOfCommunes();

        List<Table> template = officer(() -> intake.template(HUNG_YEN, YEAR, Dataset.TARGETS, Language.VI));
        assertThat(template.getFirst().rows())
                .hasSize(units.within(province, UnitLevel.COMMUNE).size()
                        * Indicator.withTargets().size());
        Preview preview = officer(() -> preview(xlsx(template)));
        assertThat(preview.errorCount()).as(issues(preview)).isZero();
        assertThat(preview.rows()).hasSize(2);
        officer(() -> intake.commit(preview, null));

        assertThat(targetsOfCommunes()).isEqualTo(before);
    }

    private Map<String, BigDecimal> targetsOfCommunes() {
        Map<String, BigDecimal> found = new TreeMap<>();
        Map<Long, String> codes = new TreeMap<>();
        units.within(province, UnitLevel.COMMUNE).forEach(u -> codes.put(u.getId(), u.getCode()));
        officer(() -> targets.targets(YEAR, units.within(province, UnitLevel.COMMUNE)))
                .forEach(t -> found.put(t.indicator().code() + " " + codes.get(t.unitId()), t.value()));
        return found;
    }

    private Preview preview(byte[] xlsx) {
        try {
            return intake.preview(HUNG_YEN, YEAR, Dataset.TARGETS, reader.read("muc-tieu.xlsx", xlsx));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows in a data sheet under the dataset's Vietnamese headers, as an officer types them. */
    private static byte[] file(List<@Nullable Object>... rows) {
        List<String> headers =
                Dataset.TARGETS.columns().stream().map(Column::headerVi).toList();
        return xlsx(List.of(new Table("Dữ liệu", headers, List.of(rows))));
    }

    private static byte[] xlsx(List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ExportFormat.XLSX.write(tables, out);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static List<@Nullable Object> row(Indicator indicator, AdminUnit unit, String target) {
        List<@Nullable Object> cells = new ArrayList<>();
        cells.add(indicator.code());
        cells.add(indicator.name(Language.VI));
        cells.add(unit.getCode());
        cells.add(unit.getName());
        cells.add(target);
        return cells;
    }

    private static List<String> errors(Preview preview) {
        return preview.rows().stream()
                .flatMap(r -> r.issues().stream()
                        .filter(Issue::isError)
                        .map(i -> r.rowNumber() + " " + i.column() + " " + i.messageKey()))
                .toList();
    }

    private static String issues(Preview preview) {
        return preview.fileIssues() + " "
                + preview.rows().stream()
                        .filter(ImportRow::hasErrors)
                        .map(r -> r.rowNumber() + ":" + r.issues())
                        .toList();
    }

    private static <T> T officer(java.util.function.Supplier<T> work) {
        return Monitored.as(Role.PROVINCE_OFFICER, HUNG_YEN, work);
    }
}
