package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
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
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.chart.ApexChart;
import vn.bca.antq.base.ui.chart.ChartOptions;
import vn.bca.antq.base.ui.chart.Series;
import vn.bca.antq.base.ui.map.ChoroplethMap;
import vn.bca.antq.export.ui.ExportMenu;
import vn.bca.antq.export.ui.Exports;
import vn.bca.antq.export.ui.GridTable;
import vn.bca.antq.geo.GeoLayers;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.indicator.ui.ChangeMeasure;
import vn.bca.antq.indicator.ui.ChangeRanking;
import vn.bca.antq.indicator.ui.FigureChange;
import vn.bca.antq.indicator.ui.FigureMaps;
import vn.bca.antq.indicator.ui.FigureText;
import vn.bca.antq.security.AccessScope;
import vn.bca.antq.security.Role;

/**
 * The change map ({@code change?indicator=COVERAGE_COMMUNES&from=2020&to=2025}): how an indicator changed between two
 * years, every unit coloured on a diverging scale centred on "no change", the largest rises and falls ranked beside
 * the map and named in one sentence above it, and a table of both years' values with their sources. Provinces are
 * shown on today's structure (see {@link ComparisonStructure}); a click on a province shows its communes, where the
 * user may see them.
 */
@Route("change")
@Menu(order = 2, icon = "vaadin:exchange", title = "change.menu")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADERSHIP_NAME, Role.PROVINCE_OFFICER_NAME})
class ChangeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int RANKED = 10;
    private static final int NAMED = 3;

    private final IndicatorService indicators;
    private final AdministrativeUnits units;
    private final GeoLayers geo;
    private final AccessScope access;
    private final Div crumbs = new Div();
    private final H2 heading = new H2();
    private final ComboBox<Indicator> indicator = new ComboBox<>();
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final Select<ChangeMeasure> measure = new Select<>();
    private final Paragraph note = new Paragraph();
    private final Div headline = new Div();
    private final ChoroplethMap map = new ChoroplethMap();
    private final ApexChart ranking = new ApexChart(ChartOptions.bars(List.of(), Series.of("", List.of())));
    private final Grid<FigureChange> table = new Grid<>();
    private final GridTable<FigureChange> tableExport = new GridTable<>(table);
    private ChangeParameters shown = ChangeParameters.defaults();
    private @Nullable AdminUnit province;
    private List<FigureChange> ranked = List.of();
    private Map<String, AdminUnit> byCode = Map.of();

    ChangeView(
            IndicatorService indicators,
            AdministrativeUnits units,
            GeoLayers geo,
            AccessScope access,
            Exports exports) {
        this.indicators = indicators;
        this.units = units;
        this.geo = geo;
        this.access = access;
        addClassName("change");
        note.addClassName("era-note");
        headline.setId("change-headline");
        headline.addClassName("change-headline");
        map.setId("change-map");
        map.setHeight("560px");
        map.addFeatureClickListener(e -> open(byCode.get(e.getCode())));
        ranking.setId("change-ranking");
        ranking.addDataPointClickListener(e -> {
            if (e.getDataPointIndex() >= 0 && e.getDataPointIndex() < ranked.size()) {
                open(ranked.get(e.getDataPointIndex()).unit());
            }
        });
        configureTable();
        ExportMenu export = exports.menu(() -> tableExport.table(getTranslation(
                "change.export",
                String.valueOf(shown.from()),
                String.valueOf(shown.to()),
                FigureText.name(shown.indicator()))));
        export.setId("change-table-export");
        Div mapBox = new Div(map);
        mapBox.addClassName("units-panel__map");
        Div side = new Div(ranking);
        side.addClassName("units-panel__ranking");
        Div top = new Div(mapBox, side);
        top.addClassName("units-panel__top");
        Div panel = new Div(top, export, table);
        panel.addClassName("units-panel");
        add(crumbs, heading, controls(), note, headline, panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("change.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ChangeParameters parameters = ChangeParameters.from(event.getLocation().getQueryParameters());
        if (parameters.hasProblems()) {
            AddressProblem.tell(this, parameters.problems());
            event.forwardTo(ChangeView.class, parameters.toQuery());
            return;
        }
        Optional<AdminUnit> chosen = parameters.province() == null
                ? Optional.empty()
                : parameters.structure().province(units, parameters.province());
        if (parameters.province() != null && chosen.isEmpty()) {
            AddressProblem.tell(
                    this,
                    List.of(AddressProblem.of(
                            "change.invalid-province", AddressProblem.Text.typed(parameters.province()))));
            event.forwardTo(ChangeView.class, parameters.withProvince(null).toQuery());
            return;
        }
        if (chosen.isPresent() && !access.mayReadDetailOf(chosen.get())) {
            throw new AccessDeniedException("The communes of " + chosen.get() + " are not in the user's territory");
        }
        show(parameters, chosen.orElse(null));
    }

    private void show(ChangeParameters parameters, @Nullable AdminUnit chosen) {
        shown = parameters;
        province = chosen;
        showControls();
        ComparisonStructure structure = parameters.structure();
        Indicator shownIndicator = parameters.indicator();
        List<Figure> before = chosen == null
                ? structure.provinceFigures(indicators, shownIndicator, parameters.from())
                : structure.childFigures(indicators, shownIndicator, chosen, parameters.from());
        List<Figure> after = chosen == null
                ? structure.provinceFigures(indicators, shownIndicator, parameters.to())
                : structure.childFigures(indicators, shownIndicator, chosen, parameters.to());
        List<FigureChange> changes = FigureChange.of(before, after, parameters.measure());
        byCode = new LinkedHashMap<>();
        changes.forEach(c -> byCode.put(c.unit().getCode(), c.unit()));
        AdminUnit whole = chosen == null ? units.nation() : chosen;
        String wholeName = chosen == null ? getTranslation("breadcrumbs.nation") : chosen.getShortName();
        FigureChange total = new FigureChange(
                whole,
                indicators.figure(shownIndicator, whole, Period.year(parameters.from())),
                indicators.figure(shownIndicator, whole, Period.year(parameters.to())),
                parameters.measure());

        String indicatorName = FigureText.name(shownIndicator);
        String years = parameters.from() + "–" + parameters.to();
        heading.setText(getTranslation("change.heading", indicatorName, years));
        crumbs.removeAll();
        crumbs.add(Breadcrumbs.of(
                chosen == null
                        ? List.of(Breadcrumbs.Crumb.here(getTranslation("breadcrumbs.nation")))
                        : List.of(
                                new Breadcrumbs.Crumb(
                                        getTranslation("breadcrumbs.nation"), href(parameters.withProvince(null))),
                                Breadcrumbs.Crumb.here(chosen.getName()))));
        note.setText(note(structure, chosen, before));
        map.setLayer(geo.url(chosen == null ? structure.provinceLayer() : structure.childLayer(chosen)));
        String unit = getTranslation("change.unit." + parameters.measure().code());
        FigureMaps.paintChanges(this, map, changes, getTranslation("change.legend", years, unit));
        map.zoomToAll();
        ChangeRanking rankingOf = ChangeRanking.of(changes, RANKED);
        ranked = rankingOf.ranked();
        ranking.setOptions(rankingOf
                .chart(
                        getTranslation(
                                rankingOf.cut() ? "change.ranking.top-bottom" : "change.ranking.all", RANKED, years),
                        indicatorName,
                        getTranslation("change.axis", years, unit))
                .withHeight(Math.max(260, 26 * ranked.size() + 100)));
        table.setItems(changes);
        table.getColumnByKey("before").setHeader(String.valueOf(parameters.from()));
        table.getColumnByKey("after").setHeader(String.valueOf(parameters.to()));
        table.sort(GridSortOrder.desc(table.getColumnByKey("change")).build());
        showHeadline(wholeName, total, rankingOf);
    }

    /** Which structure the figures stand on, and why a province's communes may have no figure for the first year. */
    private String note(ComparisonStructure structure, @Nullable AdminUnit chosen, List<Figure> before) {
        String text = getTranslation(structure.noteKey());
        if (chosen != null && before.stream().noneMatch(Figure::hasData)) {
            text += " "
                    + getTranslation(
                            "change.children-no-data", String.valueOf(shown.from()), Format.date(Era.REFORM_DATE));
        }
        return text;
    }

    /** One sentence a leader reads first: the whole's change, the largest rises, the largest falls; with their source. */
    private void showHeadline(String whole, FigureChange total, ChangeRanking rankingOf) {
        headline.removeAll();
        Span nation = new Span(
                total.hasData()
                        ? getTranslation(
                                "change.headline.whole",
                                whole,
                                FigureFormat.marked(total.before()),
                                String.valueOf(shown.from()),
                                FigureFormat.marked(total.after()),
                                String.valueOf(shown.to()),
                                FigureText.change(this, total))
                        : getTranslation("change.headline.whole-no-data", whole));
        nation.setId("change-headline-whole");
        List<FigureChange> rises = rankingOf.ranked().stream()
                .filter(c -> c.difference() != null && c.difference().signum() > 0)
                .limit(NAMED)
                .toList();
        List<FigureChange> falls = rankingOf.ranked().reversed().stream()
                .filter(c -> c.difference() != null && c.difference().signum() < 0)
                .limit(NAMED)
                .toList();
        Span up = new Span(
                rises.isEmpty()
                        ? getTranslation("change.headline.no-rises")
                        : getTranslation("change.headline.rises", names(rises)));
        up.setId("change-headline-rises");
        Span down = new Span(
                falls.isEmpty()
                        ? getTranslation("change.headline.no-falls")
                        : getTranslation("change.headline.falls", names(falls)));
        down.setId("change-headline-falls");
        Span source = new Span(getTranslation("figure.source", FigureText.sources(this, total)));
        source.addClassName("change-headline__source");
        headline.add(nation, up, down);
        if (total.hasData()) {
            headline.add(source);
        }
    }

    private String names(List<FigureChange> changes) {
        return changes.stream()
                .map(c -> c.unit().getShortName() + " " + FigureText.change(this, c))
                .collect(Collectors.joining(", "));
    }

    private Component controls() {
        indicator.setId("indicator");
        indicator.setLabel(getTranslation("dashboard.indicator"));
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
        from.setId("from-year");
        from.setLabel(getTranslation("change.from"));
        from.setItems(IntStream.range(Years.FIRST, Years.LAST).boxed().toList());
        from.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(shown.withYears(e.getValue(), shown.to()));
            }
        });
        to.setId("to-year");
        to.setLabel(getTranslation("change.to"));
        to.setItems(IntStream.rangeClosed(Years.FIRST + 1, Years.LAST).boxed().toList());
        to.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(shown.withYears(shown.from(), e.getValue()));
            }
        });
        measure.setId("measure");
        measure.setLabel(getTranslation("change.measure"));
        measure.setItemLabelGenerator(m -> getTranslation("change.measure." + m.code()));
        measure.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(shown.withMeasure(e.getValue()));
            }
        });
        Div controls = new Div(indicator, from, to, measure);
        controls.addClassName("dashboard-controls");
        return controls;
    }

    private void showControls() {
        indicator.setValue(shown.indicator());
        from.setValue(shown.from());
        to.setValue(shown.to());
        measure.setItems(ChangeMeasure.fitting(shown.indicator()));
        measure.setValue(shown.measure());
        measure.setVisible(ChangeMeasure.fitting(shown.indicator()).size() > 1);
    }

    private void configureTable() {
        table.setId("change-table");
        table.addClassName("unit-table");
        table.setHeight("420px");
        Grid.Column<FigureChange> unit = table.addComponentColumn(this::unitCell)
                .setKey("unit")
                .setHeader(getTranslation("dashboard.table.unit"))
                .setComparator(Comparator.comparing(FigureChange::unit, AdministrativeUnits.BY_NAME))
                .setSortable(true)
                .setFlexGrow(2);
        Grid.Column<FigureChange> before = table.addColumn(c -> FigureFormat.marked(c.before()))
                .setKey("before")
                .setComparator(Comparator.comparing(c -> orLowest(c.before().value())))
                .setSortable(true);
        Grid.Column<FigureChange> after = table.addColumn(c -> FigureFormat.marked(c.after()))
                .setKey("after")
                .setComparator(Comparator.comparing(c -> orLowest(c.after().value())))
                .setSortable(true);
        Grid.Column<FigureChange> change = table.addColumn(c -> FigureText.change(this, c))
                .setKey("change")
                .setHeader(getTranslation("change.table.change"))
                .setComparator(Comparator.comparing(c -> orLowest(c.difference())))
                .setSortable(true);
        Grid.Column<FigureChange> source = table.addColumn(c -> FigureText.sources(this, c))
                .setHeader(getTranslation("dashboard.table.source"))
                .setFlexGrow(2);
        tableExport
                .column(unit, c -> c.unit().getShortName())
                .column(before, c -> FigureCells.value(c.before()))
                .column(after, c -> FigureCells.value(c.after()))
                .column(change, FigureChange::difference)
                .column(source, c -> FigureText.sources(this, c));
    }

    private static BigDecimal orLowest(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.valueOf(-Long.MAX_VALUE) : value;
    }

    /** A province the user may detail links to its communes; other units are plain text. */
    private Component unitCell(FigureChange change) {
        if (!opensDetail(change.unit())) {
            return new Span(change.unit().getShortName());
        }
        Anchor anchor = new Anchor(
                href(shown.withProvince(change.unit().getCode())), change.unit().getShortName());
        anchor.setId("change-link-" + change.unit().getCode());
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    private boolean opensDetail(AdminUnit unit) {
        return province == null && access.mayReadDetailOf(unit);
    }

    private void open(@Nullable AdminUnit unit) {
        if (unit != null && opensDetail(unit)) {
            navigate(shown.withProvince(unit.getCode()));
        }
    }

    private void navigate(ChangeParameters parameters) {
        getUI().ifPresent(ui -> ui.navigate(ChangeView.class, parameters.toQuery()));
    }

    static String href(ChangeParameters parameters) {
        return "change?" + parameters.toQuery().getQueryString();
    }
}
