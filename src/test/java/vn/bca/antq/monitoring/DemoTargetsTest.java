package vn.bca.antq.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Quantity;
import vn.bca.antq.security.Role;

/** The demo's targets: a little above last year everywhere, so that the first look shows units ahead and behind. */
@IntegrationTest
class DemoTargetsTest {

    private static final int YEAR = 2026;

    @Autowired
    DemoTargets demo;

    @Autowired
    TargetService targets;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void clear() {
        Monitored.clear(jdbc);
    }

    @Test
    void theNationEveryProvinceAndTheDemoOfficersCommunesGetTargetsAboveLastYear() {
        int set = demo.setUp(YEAR);

        TargetBoard nation = Monitored.as(Role.LEADERSHIP, null, () -> targets.board(YEAR, units.nation()));
        List<TargetStatus> provinces = nation.children().stream()
                .flatMap(p -> Indicator.withTargets().stream().map(i -> nation.status(p, i)))
                .toList();
        assertThat(nation.children()).hasSize(34);
        assertThat(provinces.stream().filter(s -> s.target() != null)).hasSizeGreaterThan(34 * 6);
        assertThat(Indicator.withTargets())
                .allSatisfy(i -> assertThat(nation.nationalTarget(i)).isNotNull());
        assertThat(provinces).filteredOn(s -> s.target() != null).allSatisfy(s -> {
            BigDecimal target = Objects.requireNonNull(s.target()).value();
            assertThat(target)
                    .isGreaterThan(Objects.requireNonNull(s.lastYear()).min(new BigDecimal("99.99")));
            if (s.indicator().quantity() == Quantity.PERCENT) {
                assertThat(target).isLessThanOrEqualTo(BigDecimal.valueOf(100));
            }
            assertThat(s.target().setBy()).isEqualTo(DemoTargets.BY);
        });
        Set<Progress> shown = EnumSet.noneOf(Progress.class);
        provinces.forEach(
                s -> shown.add(Objects.requireNonNull(s.progress() == null ? Progress.NO_DATA : s.progress())));
        assertThat(shown)
                .as("ahead and behind on the first look")
                .contains(Progress.BEHIND)
                .containsAnyOf(Progress.REACHED, Progress.ON_TRACK);

        AdminUnit hungYen = units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, Monitored.HUNG_YEN)
                .orElseThrow();
        TargetBoard communes =
                Monitored.as(Role.PROVINCE_OFFICER, Monitored.HUNG_YEN, () -> targets.board(YEAR, hungYen));
        assertThat(communes.children().stream()
                        .filter(c ->
                                communes.status(c, Indicator.FESTIVAL_SITES).target() != null))
                .hasSizeGreaterThan(communes.children().size() / 2);
        assertThat(communes.children().stream()
                        .filter(c ->
                                communes.status(c, Indicator.COVERAGE_AGENCIES).target() != null))
                .isEmpty();
        assertThat(set).isGreaterThan(34 * 6 + communes.children().size());
    }

    @Test
    void aRateAsksAFewTenthsToTwoAndAHalfPointsMoreAndACountThreeToFifteenPercentMore() {
        AdminUnit unit = units.nation();
        assertThat(DemoTargets.demoTarget(Indicator.COVERAGE_SCHOOLS, unit, new BigDecimal("90")))
                .isBetween(new BigDecimal("90.3"), new BigDecimal("92.5"));
        assertThat(DemoTargets.demoTarget(Indicator.COVERAGE_SCHOOLS, unit, new BigDecimal("99.5")))
                .isEqualByComparingTo("100");
        assertThat(DemoTargets.demoTarget(Indicator.FESTIVAL_SITES, unit, new BigDecimal("1000")))
                .isBetween(new BigDecimal("1030"), new BigDecimal("1150"));
        assertThat(DemoTargets.demoTarget(Indicator.MODELS, unit, BigDecimal.ZERO))
                .isNull();
        assertThat(DemoTargets.demoTarget(Indicator.MODELS, unit, null)).isNull();
    }
}
