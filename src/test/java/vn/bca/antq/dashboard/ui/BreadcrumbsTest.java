package vn.bca.antq.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.indicator.Indicator;

class BreadcrumbsTest extends KaribuTest {

    private static final DashboardParameters YEAR_2020 =
            DashboardParameters.defaults().withYear(2020).withIndicator(Indicator.COVERAGE_SCHOOLS);

    @Autowired
    private AdministrativeUnits units;

    @Test
    void everyCrumbButTheLastLinksToItsPageAndKeepsTheYearAndIndicator() {
        UI.getCurrent().navigate("");
        AdminUnit namDinh =
                units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, "36").orElseThrow();

        Breadcrumbs breadcrumbs = Breadcrumbs.of(List.of(
                Breadcrumbs.nation(UI.getCurrent(), YEAR_2020),
                Breadcrumbs.province(namDinh, YEAR_2020),
                Breadcrumbs.Crumb.here("Huyện Giao Thủy")));
        UI.getCurrent().add(breadcrumbs);

        assertThat(breadcrumbs.getId()).hasValue("breadcrumbs");
        List<Anchor> links = _find(breadcrumbs, Anchor.class);
        assertThat(links).extracting(Anchor::getText).containsExactly("Toàn quốc", "Tỉnh Nam Định");
        assertThat(links)
                .extracting(Anchor::getHref)
                .containsExactly(
                        "?year=2020&indicator=COVERAGE_SCHOOLS", "province/36?year=2020&indicator=COVERAGE_SCHOOLS");
        assertThat(links)
                .allSatisfy(link -> assertThat(link.getElement().hasAttribute("router-link"))
                        .isTrue());
        assertThat(breadcrumbs.getElement().getTextRecursively()).isEqualTo("Toàn quốc›Tỉnh Nam Định›Huyện Giao Thủy");
        Span current = _get(breadcrumbs, Span.class, spec -> spec.withClasses("breadcrumbs-current"));
        assertThat(current.getText()).isEqualTo("Huyện Giao Thủy");
        assertThat(current.getParent().orElseThrow().getElement().getAttribute("aria-current"))
                .isEqualTo("page");
    }

    @Test
    void theLastCrumbIsPlainTextEvenWithAnHref() {
        UI.getCurrent().navigate("");

        Breadcrumbs breadcrumbs = Breadcrumbs.of(List.of(Breadcrumbs.nation(UI.getCurrent(), YEAR_2020)));

        assertThat(breadcrumbs.getElement().getTextRecursively()).isEqualTo("Toàn quốc");
        assertThat(_find(breadcrumbs, Anchor.class)).isEmpty();
    }

    @Test
    void theNationCrumbOpensTheOverviewOfTheSameYear() {
        UI.getCurrent().navigate("");
        String href = Breadcrumbs.nation(UI.getCurrent(), YEAR_2020).href();

        navigateTo(href);

        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withId("year"));
        assertThat(year.getValue()).isEqualTo(2020);
    }

    @Test
    void theNationCrumbIsInEnglishWhenTheUiIs() {
        UI.getCurrent().navigate("");
        UI.getCurrent().setLocale(vn.bca.antq.base.text.Language.EN.locale());

        assertThat(Breadcrumbs.nation(UI.getCurrent(), YEAR_2020).label()).isEqualTo("Nationwide");
    }

    /** What the browser's router does with a crumb's href. */
    static void navigateTo(String href) {
        int question = href.indexOf('?');
        String path = question < 0 ? href : href.substring(0, question);
        QueryParameters query =
                question < 0 ? QueryParameters.empty() : QueryParameters.fromString(href.substring(question + 1));
        UI.getCurrent().navigate(path, query);
    }
}
