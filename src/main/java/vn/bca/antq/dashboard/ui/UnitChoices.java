package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorGroup;

/** The choices a unit page offers, each changing the address: the year (within the unit's lifetime) and the coverage category. */
final class UnitChoices {

    static final List<Indicator> COVERAGE = Indicator.inGroup(IndicatorGroup.COVERAGE);

    private UnitChoices() {}

    /**
     * The years the unit has figures for: 2019–2025 for an old district; 2025–2026 for a new commune as reported, every
     * year on today's structure (restated before the reform).
     */
    static Select<Integer> year(
            Component host, AdminUnit unit, DashboardParameters parameters, Consumer<DashboardParameters> go) {
        Select<Integer> year = new Select<>();
        year.setId("year");
        year.setLabel(host.getTranslation("unit.year"));
        boolean restated = parameters.structure() == Structure.CURRENT && unit.getEra() == Era.PROVINCES_34;
        int first = restated
                ? DashboardParameters.FIRST_YEAR
                : Math.max(DashboardParameters.FIRST_YEAR, unit.getValidFrom().getYear());
        int last = unit.getValidTo() == null
                ? DashboardParameters.LAST_YEAR
                : unit.getValidTo().getYear();
        year.setItems(IntStream.rangeClosed(first, last).boxed().toList());
        year.setValue(parameters.year());
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != parameters.year()) {
                go.accept(parameters.withYear(e.getValue()));
            }
        });
        return year;
    }

    /** The coverage indicator of the communes' rate column; another category is kept in the address as ?indicator=. */
    static Select<Indicator> coverage(
            Component host, Indicator shown, DashboardParameters parameters, Consumer<DashboardParameters> go) {
        Select<Indicator> select = new Select<>();
        select.setId("coverage-indicator");
        select.setLabel(host.getTranslation("unit.communes.indicator"));
        select.setItems(COVERAGE);
        select.setItemLabelGenerator(i -> i.name(UiLanguage.current()));
        select.setValue(shown);
        select.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != shown) {
                go.accept(parameters.withIndicator(e.getValue()));
            }
        });
        return select;
    }

    /** The chosen indicator if it is a coverage rate, otherwise the default one. */
    static Indicator coverageOf(DashboardParameters parameters) {
        return COVERAGE.contains(parameters.indicator())
                ? parameters.indicator()
                : DashboardParameters.DEFAULT_INDICATOR;
    }
}
