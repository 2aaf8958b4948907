package vn.bca.antq.movementmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.indicator.Years;

@IntegrationTest
@Transactional
class ModelServiceTest {

    @Autowired
    ModelService models;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndicatorService indicators;

    @Test
    void aModelIsListedWhereItsSitesRunAndCountedByTypeWhereItIsRegistered() {
        AdminUnit thaiBinh =
                units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, "34").orElseThrow();
        AdminUnit commune = units.within(thaiBinh, UnitLevel.COMMUNE).getFirst();
        AdminUnit newHungYen =
                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "33").orElseThrow();
        LocalDate asOf = LocalDate.of(2024, 12, 31);
        long before = cameras(newHungYen, asOf);

        jdbc.update("INSERT INTO data_source (kind, reference, title) VALUES ('OFFICIAL_REPORT', 'model-test', 'x')");
        jdbc.update("""
                INSERT INTO movement_model (home_unit_id, source_id, model_type_id, name, initiating_body, host_kind, status, started_on)
                SELECT ?, s.id, t.id, 'Mô hình thử nghiệm', 'PROVINCIAL_POLICE', 'RESIDENTIAL_AREA', 'REPLICATED', '2023-03-01'
                FROM data_source s, model_type t WHERE s.reference = 'model-test' AND t.code = 'SECURITY_CAMERA'""", thaiBinh.getId());
        jdbc.update("""
                INSERT INTO model_site (model_id, unit_id, source_id, site_name, teams, started_on, ended_on)
                SELECT m.id, ?, m.source_id, 'Thôn 1', 3, '2023-04-01', '2025-06-30' FROM movement_model m WHERE m.name = 'Mô hình thử nghiệm'""", commune.getId());

        assertThat(cameras(newHungYen, asOf)).isEqualTo(before + 1);
        assertThat(models.modelsWithSitesIn(commune, asOf)).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("Mô hình thử nghiệm");
            assertThat(m.sites()).isEqualTo(1);
            assertThat(m.teams()).isEqualTo(3);
        });
        assertThat(models.modelsWithSitesIn(commune, LocalDate.of(2025, 12, 31)))
                .noneSatisfy(m -> assertThat(m.name()).isEqualTo("Mô hình thử nghiệm"));
    }

    /** The overview's donut by type and the models figure count models by one rule: they add up, every year. */
    @Test
    void theModelsByTypeAddUpToTheNationsModelsFigureEveryYear() {
        for (int year = Years.FIRST; year <= Years.LAST; year++) {
            long byType = models.runningModelsByType(units.nation(), LocalDate.of(year, 12, 31)).stream()
                    .mapToLong(ModelService.TypeCount::models)
                    .sum();
            assertThat(indicators.national(Indicator.MODELS, Period.year(year)).value())
                    .as("models %d", year)
                    .isEqualByComparingTo(java.math.BigDecimal.valueOf(byType));
        }
    }

    private long cameras(AdminUnit scope, LocalDate asOf) {
        return models.runningModelsByType(scope, asOf).stream()
                .filter(t -> t.typeCode().equals("SECURITY_CAMERA"))
                .mapToLong(ModelService.TypeCount::models)
                .sum();
    }
}
