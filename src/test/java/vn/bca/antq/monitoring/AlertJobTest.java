package vn.bca.antq.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.bca.antq.monitoring.Monitored.HA_NOI;
import static vn.bca.antq.monitoring.Monitored.HUNG_YEN;
import static vn.bca.antq.monitoring.Monitored.as;
import static vn.bca.antq.monitoring.Monitored.run;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.bca.antq.AdjustableClock;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorGroup;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.security.Role;

/** The job against the demo data: alerts opened, kept, closed by themselves, seen within scope, acknowledged. */
@IntegrationTest
class AlertJobTest {

    @Autowired
    AlertJob job;

    @Autowired
    AlertService alerts;

    @Autowired
    TargetService targets;

    @Autowired
    IndicatorService indicators;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    AdjustableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        Monitored.clear(jdbc);
        clock.reset();
    }

    @Test
    void aRunAfterAChangeWaitsWhileAnotherNodeComputesAlertsAndThenRuns() {
        jdbc.update("INSERT INTO shedlock (name, lock_until, locked_at, locked_by)"
                + " VALUES ('alerts', UTC_TIMESTAMP(3) + INTERVAL 1500000 MICROSECOND, UTC_TIMESTAMP(3), 'node-b')"
                + " ON DUPLICATE KEY UPDATE lock_until = VALUES(lock_until), locked_by = VALUES(locked_by)");
        long start = System.nanoTime();
        assertThat(job.runAlone()).isPresent();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofSeconds(1));
    }

    @Test
    void aProvinceFarBelowItsTargetIsRaisedOnceAndClosedWhenTheTargetIsReached() {
        int year = year();
        AdminUnit hungYen = province(HUNG_YEN);
        BigDecimal figure = indicators
                .figure(Indicator.COVERAGE_COMMUNES, hungYen, Period.year(year))
                .value();
        assertThat(figure)
                .as("the demo data has this year's rate of Hưng Yên, formed in 2025")
                .isNotNull();
        BigDecimal target = figure.add(BigDecimal.TEN).min(BigDecimal.valueOf(100));
        run(Role.LEADERSHIP, null, () -> targets.set(Indicator.COVERAGE_COMMUNES, hungYen, year, target));

        job.run();
        job.run();
        List<Alert> raised = targetAlerts(year, hungYen);
        assertThat(raised).hasSize(1);
        assertThat(raised.getFirst().observed()).isEqualByComparingTo(figure);
        assertThat(raised.getFirst().reference()).isEqualByComparingTo(target);

        run(Role.LEADERSHIP, null, () -> targets.set(Indicator.COVERAGE_COMMUNES, hungYen, year, figure));
        Alerts.Sync sync = job.run();
        assertThat(sync.closed()).isEqualTo(1);
        assertThat(targetAlerts(year, hungYen)).isEmpty();
        assertThat(alerts.alerts(year, true).stream()
                        .filter(a -> a.unitId() == hungYen.getId() && a.indicator() == Indicator.COVERAGE_COMMUNES))
                .singleElement()
                .satisfies(a -> assertThat(a.isOpen()).isFalse());
    }

    @Test
    void anOfficerSeesTheAlertsOfItsProvinceAndItsCommunesOnlyAndTheMinistrySeesAll() {
        int year = year();
        AdminUnit hungYen = province(HUNG_YEN);
        AdminUnit commune = units.within(hungYen, UnitLevel.COMMUNE).getFirst();
        AdminUnit haNoi = province(HA_NOI);
        run(Role.PROVINCE_OFFICER, HUNG_YEN, () -> targets.set(Indicator.FESTIVAL_SITES, commune, year, big(100_000)));
        run(Role.LEADERSHIP, null, () -> targets.set(Indicator.FESTIVAL_SITES, hungYen, year, big(100_000)));
        run(Role.LEADERSHIP, null, () -> targets.set(Indicator.FESTIVAL_SITES, haNoi, year, big(100_000)));
        job.run();

        List<Long> officerSees = as(Role.PROVINCE_OFFICER, HUNG_YEN, () -> alerts.alerts(year, false)).stream()
                .map(Alert::unitId)
                .distinct()
                .toList();
        assertThat(officerSees).contains(hungYen.getId(), commune.getId()).doesNotContain(haNoi.getId());
        assertThat(as(Role.LEADERSHIP, null, () -> alerts.alerts(year, false)))
                .extracting(Alert::unitId)
                .contains(hungYen.getId(), commune.getId(), haNoi.getId());
        int officerCount = as(Role.PROVINCE_OFFICER, HUNG_YEN, alerts::unacknowledged);
        int ministryCount = as(Role.LEADERSHIP, null, alerts::unacknowledged);
        assertThat(officerCount).isPositive().isLessThan(ministryCount);
        assertThat(as(Role.PRESENTER, null, () -> alerts.alerts(year, false))).isEmpty();
    }

    @Test
    void anAlertIsAcknowledgedWithAKeptCommentWithinScopeOnly() {
        int year = year();
        AdminUnit haNoi = province(HA_NOI);
        run(Role.LEADERSHIP, null, () -> targets.set(Indicator.FESTIVAL_SITES, haNoi, year, big(100_000)));
        job.run();
        Alert alert = targetAlerts(year, haNoi).getFirst();
        int before = as(Role.LEADERSHIP, null, alerts::unacknowledged);

        assertThatThrownBy(() -> run(Role.PROVINCE_OFFICER, HUNG_YEN, () -> alerts.acknowledge(alert.id(), "Đã biết")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(Role.LEADERSHIP, null, () -> alerts.acknowledge(alert.id(), "  ")))
                .isInstanceOfSatisfying(
                        MonitoringRefused.class, e -> assertThat(e.messageKey()).isEqualTo("alert.error.comment"));
        run(Role.LEADERSHIP, null, () -> alerts.acknowledge(alert.id(), "Đã làm việc với Công an Hà Nội"));

        Alert acknowledged = targetAlerts(year, haNoi).getFirst();
        assertThat(acknowledged.comment()).isEqualTo("Đã làm việc với Công an Hà Nội");
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("matrix-leadership");
        assertThat(as(Role.LEADERSHIP, null, alerts::unacknowledged)).isEqualTo(before - 1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE target = ?", Long.class, "alert " + alert.id()))
                .isEqualTo(1);
        job.run();
        assertThat(targetAlerts(year, haNoi).getFirst().comment())
                .as("the acknowledgement outlives the next run")
                .isEqualTo("Đã làm việc với Công an Hà Nội");
    }

    @Test
    void aRuleTheAdminSwitchesOffClosesItsAlertsAtTheNextRun() {
        int year = year();
        AdminUnit haNoi = province(HA_NOI);
        run(Role.LEADERSHIP, null, () -> targets.set(Indicator.FESTIVAL_SITES, haNoi, year, big(100_000)));
        job.run();
        assertThat(targetAlerts(year, haNoi)).isNotEmpty();
        AlertRule rule = targetAlerts(year, haNoi).getFirst().rule();
        assertThatThrownBy(() -> run(Role.LEADERSHIP, null, () -> alerts.configure(rule, false, null)))
                .isInstanceOf(AccessDeniedException.class);
        run(Role.ADMIN, null, () -> alerts.configure(rule, false, null));
        job.run();
        assertThat(targetAlerts(year, haNoi)).isEmpty();
        assertThat(alerts.rules().get(rule).enabled()).isFalse();
    }

    @Test
    void allAlertsOfTheYearAreComputedWellWithinTheBudget() {
        long begin = System.nanoTime();
        job.run();
        long millis = (System.nanoTime() - begin) / 1_000_000;
        System.out.printf("Alerts computed for the normal dataset in %d ms (budget 5000 ms at 10x)%n", millis);
        assertThat(millis).isLessThan(5_000);
    }

    private List<Alert> targetAlerts(int year, AdminUnit unit) {
        return alerts.alerts(year, false).stream()
                .filter(a -> a.unitId() == unit.getId())
                .filter(a -> a.rule() == AlertRule.AT_RISK || a.rule() == AlertRule.BELOW_TARGET)
                .toList();
    }

    @Test
    void aProvinceFormedIn2025IsHeldAgainstItsFiguresOfTheYearBeforeRestatedOnItsTerritory() {
        // the job looks at the current year: put the clock on 20 December 2025
        clock.advance(Duration.between(clock.instant(), Instant.parse("2025-12-20T03:00:00Z")));
        run(Role.ADMIN, null, () -> alerts.configure(AlertRule.RATE_FELL, true, BigDecimal.ZERO));
        List<AdminUnit> formed = units.all(Era.PROVINCES_34, UnitLevel.PROVINCE).stream()
                .filter(p -> p.getValidFrom().getYear() == 2025)
                .toList();
        Map<String, BigDecimal> expected = new TreeMap<>();
        for (AdminUnit province : formed) {
            for (Indicator indicator : Indicator.inGroup(IndicatorGroup.COVERAGE)) {
                BigDecimal before = indicators
                        .figure(indicator, province, Period.year(2024))
                        .value();
                BigDecimal after = indicators
                        .figure(indicator, province, Period.year(2025))
                        .value();
                if (before != null && after != null && after.compareTo(before) < 0) {
                    expected.put(province.getCode() + " " + indicator, before);
                }
            }
        }
        assertThat(expected)
                .as("merged provinces whose restated rate fell in the demo data")
                .isNotEmpty();

        job.run();

        Map<String, BigDecimal> raised = new TreeMap<>();
        alerts.alerts(2025, false).stream()
                .filter(a -> a.rule() == AlertRule.RATE_FELL)
                .forEach(a -> formed.stream()
                        .filter(p -> p.getId() == a.unitId())
                        .findFirst()
                        .ifPresent(p -> raised.put(p.getCode() + " " + a.indicator(), a.reference())));
        assertThat(raised.keySet()).isEqualTo(expected.keySet());
        expected.forEach((key, before) -> assertThat(raised.get(key)).as(key).isEqualByComparingTo(before));
    }

    private int year() {
        return LocalDate.now(clock).getYear();
    }

    private AdminUnit province(String code) {
        return units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, code).orElseThrow();
    }

    private static BigDecimal big(long value) {
        return BigDecimal.valueOf(value);
    }
}
