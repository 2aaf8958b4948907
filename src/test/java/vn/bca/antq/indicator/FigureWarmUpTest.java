package vn.bca.antq.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.FactsChanged;

/** The start-up warm-up leaves the first visitors' figures computed in the cache before anyone asks. */
@IntegrationTest
class FigureWarmUpTest {

    @Autowired
    IndicatorService indicators;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    FactCache cache;

    private FigureWarmUp warmUp;

    @AfterEach
    void stop() {
        warmUp.stop();
    }

    @Test
    void theOverviewsFiguresAreComputedBeforeTheFirstVisit() {
        cache.changed(new FactsChanged("start from an empty cache"));
        warmUp = new FigureWarmUp(indicators, units, new WarmUpSettings(true));

        warmUp.start();

        FactCache.Entry coverage = cache.entry(Indicator.COVERAGE_COMMUNES, Period.year(Years.DEFAULT), () -> {
            throw new AssertionError("the facts were not read by the warm-up");
        });
        assertThat(coverage.figures).containsKey(units.nation().getId());
        for (AdminUnit province : units.all(Era.PROVINCES_34, UnitLevel.PROVINCE)) {
            assertThat(coverage.figures).as(province.getShortName()).containsKey(province.getId());
        }
    }
}
