package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.chart.ApexChart;
import vn.bca.antq.base.ui.chart.ChartOptions;
import vn.bca.antq.base.ui.chart.Series;
import vn.bca.antq.coverage.AssessmentService;
import vn.bca.antq.coverage.LegalBasis;
import vn.bca.antq.export.ui.ExportMenu;
import vn.bca.antq.export.ui.Exports;
import vn.bca.antq.export.ui.GridTable;
import vn.bca.antq.indicator.Aggregation;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.indicator.ui.FigureText;
import vn.bca.antq.indicator.ui.TrendBreaks;
import vn.bca.antq.security.AccessScope;
import vn.bca.antq.security.Role;

/**
 * Units side by side ({@code compare?units=01,33,37&year=2026}): 2–4 provinces, or 2–4 communes of one province
 * ({@code compare?province=33&units=12166,12172}), with every key figure of the year in one table (the nation beside
 * them, each value with its source) and their trends of one indicator in one chart, 2019–2026, with the breaks that
 * change what the figures mean. Units are those of {@link ComparisonStructure}.
 */
@Route("compare")
@Menu(order = 3, icon = "vaadin:split-h", title = "compare.menu")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADERSHIP_NAME, Role.PROVINCE_OFFICER_NAME})
class CompareView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final IndicatorService indicators;
    private final AdministrativeUnits units;
    private final AssessmentService assessments;
    private final AccessScope access;
    private final H2 heading = new H2();
    private final Select<Boolean> level = new Select<>();
    private final ComboBox<AdminUnit> province = new ComboBox<>();
    private final MultiSelectComboBox<AdminUnit> chosen = new MultiSelectComboBox<>();
    private final Select<Integer> year = new Select<>();
    private final ComboBox<Indicator> indicator = new ComboBox<>();
    private final Paragraph note = new Paragraph();
    private final Paragraph hint = new Paragraph();
    private final Grid<Row> table = new Grid<>();
    private final Div results = new Div();
    private final ApexChart trend = new ApexChart(ChartOptions.line(List.of(), Series.of("", List.of())));
    private final Paragraph legalBases = new Paragraph();
    private GridTable<Row> tableExport = new GridTable<>(table);
    private CompareParameters shown = CompareParameters.defaults();
    private List<AdminUnit> compared = List.of();

    /** One key figure of every compared unit, in their order, and the nation's. */
    record Row(Indicator indicator, List<Figure> figures, Figure nation) {}

    CompareView(
            IndicatorService indicators,
            AdministrativeUnits units,
            AssessmentService assessments,
            AccessScope access,
            Exports exports) {
        this.indicators = indicators;
        this.units = units;
        this.assessments = assessments;
        this.access = access;
        addClassName("compare");
        note.addClassName("era-note");
        hint.setId("compare-hint");
        table.setId("compare-table");
        table.addClassName("compare-table");
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        trend.setId("compare-trend");
        legalBases.setId("compare-legal-bases");
        legalBases.addClassName("era-note");
        ExportMenu export =
                exports.menu(() -> tableExport.table(getTranslation("compare.export", String.valueOf(shown.year()))));
        export.setId("compare-table-export");
        results.add(export, table, trend, legalBases);
        add(
                Breadcrumbs.of(List.of(Breadcrumbs.Crumb.here(getTranslation("compare.menu")))),
                heading,
                controls(),
                note,
                hint,
                results);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compare.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CompareParameters parameters =
                CompareParameters.from(event.getLocation().getQueryParameters());
        List<AddressProblem> problems = new ArrayList<>(parameters.problems());
        ComparisonStructure structure = parameters.structure();
        Optional<AdminUnit> parent = Optional.empty();
        String province = parameters.province();
        if (province != null) {
            parent = structure.province(units, province);
            if (parent.isEmpty()) {
                problems.add(AddressProblem.of("change.invalid-province", AddressProblem.Text.typed(province)));
                AddressProblem.tell(this, problems);
                event.forwardTo(CompareView.class, parameters.withProvince(null).toQuery());
                return;
            }
            if (!access.mayReadDetailOf(parent.get())) {
                throw new AccessDeniedException("The communes of " + parent.get() + " are not in the user's territory");
            }
        }
        List<AdminUnit> candidates =
                parent.map(p -> structure.children(units, p)).orElseGet(() -> structure.provinces(units));
        List<String> unknown = parameters.units().stream()
                .filter(code -> candidates.stream().noneMatch(u -> u.getCode().equals(code)))
                .toList();
        unknown.forEach(code -> problems.add(AddressProblem.of(
                parameters.communes() ? "compare.unknown-commune" : "compare.unknown-province",
                AddressProblem.Text.typed(code))));
        if (!problems.isEmpty()) {
            AddressProblem.tell(this, problems);
            event.forwardTo(CompareView.class, parameters.without(unknown).toQuery());
            return;
        }
        show(parameters, parent.orElse(null), candidates);
    }

    private void show(CompareParameters parameters, @Nullable AdminUnit parent, List<AdminUnit> candidates) {
        shown = parameters;
        compared = parameters.units().stream()
                .map(code -> candidates.stream()
                        .filter(u -> u.getCode().equals(code))
                        .findFirst()
                        .orElseThrow())
                .toList();
        heading.setText(
                parent == null
                        ? getTranslation("compare.heading.provinces")
                        : getTranslation("compare.heading.communes", parent.getName()));
        note.setText(getTranslation(parameters.structure().noteKey()));
        showControls(parent, candidates);
        boolean enough = compared.size() >= CompareParameters.FEWEST;
        hint.setText(getTranslation(
                parent == null ? "compare.hint.provinces" : "compare.hint.communes",
                CompareParameters.FEWEST,
                CompareParameters.MOST));
        hint.setVisible(!enough);
        results.setVisible(enough);
        if (enough) {
            showTable();
            showTrend();
        }
    }

    private void showTable() {
        Period period = Period.year(shown.year());
        List<Row> rows = OverviewView.KEY_FIGURES.stream()
                .map(i -> new Row(
                        i,
                        compared.stream()
                                .map(u -> indicators.figure(i, u, period))
                                .toList(),
                        indicators.national(i, period)))
                .toList();
        table.removeAllColumns();
        tableExport = new GridTable<>(table);
        Grid.Column<Row> name = table.addColumn(r -> FigureText.name(r.indicator()))
                .setHeader(getTranslation("compare.table.indicator"))
                .setFlexGrow(3)
                .setKey("indicator");
        tableExport.column(name, r -> FigureText.name(r.indicator()));
        for (int i = 0; i < compared.size(); i++) {
            int index = i;
            AdminUnit unit = compared.get(i);
            Grid.Column<Row> column = table.addComponentColumn(
                            r -> cell(r.figures().get(index)))
                    .setHeader(unit.getShortName())
                    .setKey("unit-" + unit.getCode())
                    .setFlexGrow(2);
            tableExport.column(column, r -> FigureCells.value(r.figures().get(index)));
        }
        Grid.Column<Row> nation = table.addComponentColumn(r -> cell(r.nation()))
                .setHeader(getTranslation("breadcrumbs.nation"))
                .setKey("nation")
                .setFlexGrow(2);
        tableExport.column(nation, r -> FigureCells.value(r.nation()));
        tableExport.column(
                getTranslation("dashboard.table.source"),
                r -> String.join(
                        "; ",
                        new LinkedHashSet<>(r.figures().stream()
                                .filter(Figure::hasData)
                                .map(f -> FigureText.sources(this, f))
                                .toList())));
        table.setItems(rows);
    }

    /** A figure with its ratio and source under it, or "no data". */
    private Component cell(Figure figure) {
        Div cell = new Div();
        cell.addClassName("compare-cell");
        if (!figure.hasData()) {
            cell.add(new Span(getTranslation("figure.no-data")));
            cell.addClassName("compare-cell--empty");
            return cell;
        }
        Span value = new Span(FigureFormat.marked(figure));
        value.addClassName("compare-cell__value");
        cell.add(value);
        if (figure.indicator().aggregation() == Aggregation.RATIO
                && figure.numerator() != null
                && figure.denominator() != null) {
            cell.add(detail(getTranslation(
                    "figure.ratio", Format.number(figure.numerator()), Format.number(figure.denominator()))));
        }
        cell.add(detail(getTranslation("figure.source", FigureText.sources(this, figure))));
        return cell;
    }

    private static Span detail(String text) {
        Span span = new Span(text);
        span.addClassName("compare-cell__detail");
        return span;
    }

    private void showTrend() {
        Indicator shownIndicator = shown.indicator();
        List<DashboardCharts.NamedTrend> lines = new ArrayList<>();
        compared.forEach(u -> lines.add(new DashboardCharts.NamedTrend(
                u.getShortName(), indicators.trend(shownIndicator, u, Years.FIRST, Years.LAST))));
        lines.add(new DashboardCharts.NamedTrend(
                getTranslation("breadcrumbs.nation"),
                indicators.trend(shownIndicator, units.nation(), Years.FIRST, Years.LAST)));
        Map<Integer, Set<LegalBasis>> bases = new TreeMap<>();
        compared.forEach(u -> assessments
                .legalBasesByYear(u)
                .forEach((y, b) -> bases.computeIfAbsent(y, k -> EnumSet.noneOf(LegalBasis.class))
                        .addAll(b)));
        trend.setOptions(DashboardCharts.trend(
                        this, getTranslation("compare.trend", FigureText.name(shownIndicator)), lines, bases)
                .withHeight(380));
        legalBases.setText(TrendBreaks.legalBasesNote(this, shownIndicator, bases));
        legalBases.setVisible(!legalBases.getText().isEmpty());
    }

    private Component controls() {
        level.setId("compare-level");
        level.setLabel(getTranslation("compare.level"));
        level.setItems(false, true);
        level.setItemLabelGenerator(
                communes -> getTranslation(communes ? "compare.level.communes" : "compare.level.provinces"));
        level.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(shown.withProvince(e.getValue() ? firstDetailedProvince() : null));
            }
        });
        province.setId("compare-province");
        province.setLabel(getTranslation("compare.province"));
        province.setItemLabelGenerator(AdminUnit::getShortName);
        province.setAllowCustomValue(false);
        province.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(shown.withProvince(e.getValue().getCode()));
            }
        });
        chosen.setId("compare-units");
        chosen.setLabel(getTranslation("compare.units", CompareParameters.FEWEST, CompareParameters.MOST));
        chosen.setWidth("36em");
        chosen.setItemLabelGenerator(AdminUnit::getShortName);
        chosen.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (e.getValue().size() > CompareParameters.MOST) {
                AddressProblem.tell(
                        this,
                        List.of(AddressProblem.of(
                                "compare.too-many",
                                AddressProblem.Text.of(e.getValue().size()),
                                AddressProblem.Text.of(CompareParameters.MOST))));
                chosen.setValue(e.getOldValue());
                return;
            }
            // in the order chosen: units kept keep their place, new ones come last
            List<String> codes = new ArrayList<>(shown.units().stream()
                    .filter(c -> e.getValue().stream().anyMatch(u -> u.getCode().equals(c)))
                    .toList());
            e.getValue().stream()
                    .map(AdminUnit::getCode)
                    .filter(c -> !codes.contains(c))
                    .forEach(codes::add);
            navigate(shown.withUnits(codes));
        });
        year.setId("year");
        year.setLabel(getTranslation("overview.year"));
        year.setItems(IntStream.rangeClosed(Years.FIRST, Years.LAST).boxed().toList());
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(shown.withYear(e.getValue()));
            }
        });
        indicator.setId("indicator");
        indicator.setLabel(getTranslation("compare.trend-indicator"));
        indicator.setWidth("28em");
        indicator.setItems(Arrays.stream(Indicator.values())
                .sorted(Comparator.comparing(Indicator::group))
                .toList());
        indicator.setItemLabelGenerator(FigureText::name);
        indicator.setAllowCustomValue(false);
        indicator.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(shown.withIndicator(e.getValue()));
            }
        });
        Div controls = new Div(level, province, chosen, year, indicator);
        controls.addClassName("dashboard-controls");
        return controls;
    }

    private void showControls(@Nullable AdminUnit parent, List<AdminUnit> candidates) {
        level.setValue(parent != null);
        List<AdminUnit> detailed = shown.structure().provinces(units).stream()
                .filter(access::mayReadDetailOf)
                .toList();
        level.setEnabled(parent != null || !detailed.isEmpty());
        province.setItems(detailed);
        province.setVisible(parent != null);
        if (parent != null) {
            province.setValue(parent);
        }
        chosen.setItems(candidates);
        chosen.setValue(new LinkedHashSet<>(compared));
        year.setValue(shown.year());
        indicator.setValue(shown.indicator());
    }

    /** Communes are offered first of a province the user may see in detail: an officer's own. */
    private @Nullable String firstDetailedProvince() {
        return shown.structure().provinces(units).stream()
                .filter(access::mayReadDetailOf)
                .map(AdminUnit::getCode)
                .findFirst()
                .orElse(null);
    }

    private void navigate(CompareParameters parameters) {
        getUI().ifPresent(ui -> ui.navigate(CompareView.class, parameters.toQuery()));
    }
}
