package vn.bca.antq.presentation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.monitoring.AlertJob;
import vn.bca.antq.monitoring.Monitored;
import vn.bca.antq.monitoring.TargetService;
import vn.bca.antq.security.Role;

/** The conference slide of provinces to watch: a province far behind its target is named with its figure and target. */
class WatchlistSlideTest extends KaribuTest {

    @Autowired
    TargetService targets;

    @Autowired
    AlertJob job;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        Monitored.clear(jdbc);
    }

    @Test
    void aScreenShowsTheProvinceBehindItsTargetWithItsFigureAndTarget() {
        AdminUnit hungYen =
                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "33").orElseThrow();
        targets.set(Indicator.FESTIVAL_SITES, hungYen, 2026, BigDecimal.valueOf(100_000));
        job.run();
        signIn(Role.PRESENTER, null);
        UI.getCurrent().navigate("present", QueryParameters.simple(Map.of("slides", "watch", "year", "2026")));

        List<String> provinces = texts("present-watchlist__province");
        assertThat(provinces.getFirst()).isEqualTo(hungYen.getShortName());
        assertThat(texts("present-watchlist__target"))
                .anySatisfy(t -> assertThat(t).contains("/ mục tiêu 100.000 – "));
        assertThat(texts("present-watchlist__alerts")).isNotEmpty();
    }

    private static List<String> texts(String className) {
        return _find(Span.class, spec -> spec.withClasses(className)).stream()
                .map(Span::getText)
                .toList();
    }
}
