package vn.bca.antq.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.bca.antq.monitoring.Monitored.HA_NOI;
import static vn.bca.antq.monitoring.Monitored.HUNG_YEN;
import static vn.bca.antq.monitoring.Monitored.run;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.security.Role;

@IntegrationTest
class TargetServiceTest {

    private static final int YEAR = 2026;

    @Autowired
    TargetService targets;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        Monitored.clear(jdbc);
    }

    @Test
    void leadershipSetsAProvincesTargetAndEveryChangeIsKeptInHistoryAndTheAuditLog() {
        AdminUnit hungYen = province(HUNG_YEN);
        long audited = auditRows();
        run(Role.LEADERSHIP, null, () -> targets.set(Indicator.COVERAGE_COMMUNES, hungYen, YEAR, new BigDecimal("98")));
        run(
                Role.LEADERSHIP,
                null,
                () -> targets.set(Indicator.COVERAGE_COMMUNES, hungYen, YEAR, new BigDecimal("98.5")));
        run(Role.LEADERSHIP, null, () -> targets.set(Indicator.FESTIVAL_SITES, hungYen, YEAR, new BigDecimal("320")));

        assertThat(targets.target(Indicator.COVERAGE_COMMUNES, hungYen, YEAR)
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("98.5");
        assertThat(targets.targets(YEAR, List.of(hungYen))).hasSize(2);
        List<TargetChange> history = targets.history(hungYen, YEAR);
        assertThat(history)
                .extracting(c -> c.indicator() + " " + c.before() + " → " + c.after())
                .containsExactly(
                        "FESTIVAL_SITES null → 320.0000",
                        "COVERAGE_COMMUNES 98.0000 → 98.5000",
                        "COVERAGE_COMMUNES null → 98.0000");
        assertThat(auditRows()).isEqualTo(audited + 3);

        run(Role.LEADERSHIP, null, () -> targets.set(Indicator.FESTIVAL_SITES, hungYen, YEAR, null));
        assertThat(targets.target(Indicator.FESTIVAL_SITES, hungYen, YEAR)).isEmpty();
        assertThat(targets.history(hungYen, YEAR).getFirst().after()).isNull();
    }

    @Test
    void anOfficerSetsTheTargetsOfItsOwnCommunesOnlyAndTheMinistryThoseOfTheNationAndProvinces() {
        AdminUnit ownCommune =
                units.within(province(HUNG_YEN), UnitLevel.COMMUNE).getFirst();
        AdminUnit otherCommune =
                units.within(province(HA_NOI), UnitLevel.COMMUNE).getFirst();
        BigDecimal value = new BigDecimal("97");

        run(Role.PROVINCE_OFFICER, HUNG_YEN, () -> targets.set(Indicator.COVERAGE_COMMUNES, ownCommune, YEAR, value));
        assertThat(targets.target(Indicator.COVERAGE_COMMUNES, ownCommune, YEAR))
                .isPresent();
        assertThatThrownBy(() -> run(
                        Role.PROVINCE_OFFICER,
                        HUNG_YEN,
                        () -> targets.set(Indicator.COVERAGE_COMMUNES, province(HUNG_YEN), YEAR, value)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(
                        Role.PROVINCE_OFFICER,
                        HUNG_YEN,
                        () -> targets.set(Indicator.COVERAGE_COMMUNES, otherCommune, YEAR, value)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(
                        Role.LEADERSHIP, null, () -> targets.set(Indicator.COVERAGE_COMMUNES, ownCommune, YEAR, value)))
                .as("the communes' targets are the province's business")
                .isInstanceOf(AccessDeniedException.class);
        AdminUnit oldProvince = units.all(Era.PROVINCES_63, UnitLevel.PROVINCE).getFirst();
        assertThatThrownBy(() -> run(
                        Role.LEADERSHIP,
                        null,
                        () -> targets.set(Indicator.COVERAGE_COMMUNES, oldProvince, YEAR, value)))
                .as("a province no longer in force")
                .isInstanceOf(AccessDeniedException.class);
        run(Role.ADMIN, null, () -> targets.set(Indicator.COVERAGE_COMMUNES, units.nation(), YEAR, value));
        assertThat(targets.target(Indicator.COVERAGE_COMMUNES, units.nation(), YEAR))
                .isPresent();
    }

    @Test
    void aValueTheIndicatorCannotHaveIsRefusedWithItsReasonAndChangesNothing() {
        AdminUnit hungYen = province(HUNG_YEN);
        assertRefused(Indicator.COVERAGE_COMMUNES, "100.01", "target.error.percent");
        assertRefused(Indicator.COVERAGE_COMMUNES, "-1", "target.error.negative");
        assertRefused(Indicator.COVERAGE_COMMUNES, "97.125", "target.error.decimals");
        assertRefused(Indicator.FESTIVAL_SITES, "320.5", "target.error.whole");
        assertRefused(Indicator.FESTIVAL_SITES, "100000001", "target.error.tooLarge");
        assertRefused(Indicator.PROPAGANDA_BANNERS, "5", "target.error.indicator");
        assertThat(targets.targets(YEAR, List.of(hungYen))).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM target_change", Long.class))
                .isZero();
        run(
                Role.LEADERSHIP,
                null,
                () -> targets.set(Indicator.COVERAGE_COMMUNES, hungYen, YEAR, new BigDecimal("100")));
        run(Role.LEADERSHIP, null, () -> targets.set(Indicator.FESTIVAL_SITES, hungYen, YEAR, BigDecimal.ZERO));
        assertThat(targets.targets(YEAR, List.of(hungYen))).hasSize(2);
    }

    private void assertRefused(Indicator indicator, String value, String key) {
        assertThatThrownBy(() -> run(
                        Role.LEADERSHIP,
                        null,
                        () -> targets.set(indicator, province(HUNG_YEN), YEAR, new BigDecimal(value))))
                .isInstanceOfSatisfying(
                        MonitoringRefused.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private AdminUnit province(String code) {
        return units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, code).orElseThrow();
    }

    private long auditRows() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE kind = 'DATA_CHANGE' AND target LIKE 'target %'", Long.class);
    }
}
