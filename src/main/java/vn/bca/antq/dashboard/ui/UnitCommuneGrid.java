package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.text.VietnameseText;
import vn.bca.antq.export.Table;
import vn.bca.antq.export.ui.GridTable;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.indicator.ui.FigureText;
import vn.bca.antq.source.Source;

/**
 * The communes of an old district (at most a few hundred): name, type, the chosen coverage rate with its
 * numerator and denominator, festival sites, and where these figures come from. The rows are held in memory; the grid asks for them lazily, and the
 * query callback filters (diacritics-insensitive: "giao thuy" finds "Giao Thủy") and sorts them.
 */
final class UnitCommuneGrid extends Div {

    /** One commune; {@code sources} are those of its rate and festival sites. */
    record Row(
            String name,
            String fullName,
            String type,
            @Nullable BigDecimal rate,
            @Nullable Long recognised,
            @Nullable Long total,
            long festivalSites,
            List<Source> sources) {}

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));
    private static final Map<String, Comparator<Row>> ORDERS = Map.of(
            "name", Comparator.comparing(Row::name, VIETNAMESE),
            "type", Comparator.comparing(Row::type, VIETNAMESE),
            "rate", Comparator.comparing(Row::rate, Comparator.nullsFirst(Comparator.naturalOrder())),
            "ratio",
                    Comparator.comparing(Row::total, Comparator.nullsFirst(Comparator.<Long>naturalOrder()))
                            .thenComparing(Row::recognised, Comparator.nullsFirst(Comparator.naturalOrder())),
            "festival-sites", Comparator.comparingLong(Row::festivalSites));

    private final List<Row> rows;
    private final TextField filter = new TextField();
    private final Grid<Row> grid = new Grid<>();
    private final GridTable<Row> export = new GridTable<>(grid);

    UnitCommuneGrid(List<Row> rows) {
        this.rows = rows;
        addClassName("unit-communes");
        filter.setId("commune-filter");
        filter.setLabel(getTranslation("unit.communes.filter"));
        filter.setPlaceholder(getTranslation("unit.communes.filter-placeholder"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setId("commune-grid");
        export.column(column(Row::name, "name", "unit.communes.name").setFlexGrow(2), Row::name);
        export.column(column(Row::type, "type", "unit.communes.type"), Row::type);
        export.column(
                column(
                        r -> r.rate() == null ? getTranslation("unit.none") : Format.percent(r.rate()),
                        "rate",
                        "unit.communes.rate"),
                Row::rate);
        column(
                r -> r.total() == null || r.recognised() == null
                        ? getTranslation("unit.none")
                        : Format.number(r.recognised()) + "/" + Format.number(r.total()),
                "ratio",
                "unit.communes.ratio");
        export.column(getTranslation("export.recognised"), Row::recognised)
                .column(getTranslation("export.total"), Row::total);
        export.column(
                column(r -> Format.number(r.festivalSites()), "festival-sites", "unit.communes.festival-sites"),
                Row::festivalSites);
        export.column(
                grid.addColumn(r -> FigureText.sources(this, r.sources()))
                        .setKey("source")
                        .setHeader(getTranslation("unit.communes.source"))
                        .setResizable(true),
                r -> FigureText.sources(this, r.sources()));
        grid.setItems(
                query -> sorted(filtered(), query.getSortOrders())
                        .skip(query.getOffset())
                        .limit(query.getLimit()),
                query -> (int) filtered().count());
        add(filter, grid);
    }

    /** One row per commune of the district, with the figures of {@code coverage} and festival sites in the period. */
    static List<Row> rows(
            AdministrativeUnits units,
            IndicatorService indicators,
            AdminUnit district,
            Indicator coverage,
            Period period) {
        Map<Long, Figure> rates = byUnit(indicators.figuresWithin(coverage, district, UnitLevel.COMMUNE, period));
        Map<Long, Figure> festival =
                byUnit(indicators.figuresWithin(Indicator.FESTIVAL_SITES, district, UnitLevel.COMMUNE, period));
        return units.within(district, UnitLevel.COMMUNE).stream()
                .map(commune -> {
                    Figure rate = Objects.requireNonNull(rates.get(commune.getId()), "a figure per commune");
                    Figure sites = Objects.requireNonNull(festival.get(commune.getId()), "a figure per commune");
                    List<Source> sources = Stream.concat(rate.sources().stream(), sites.sources().stream())
                            .toList();
                    return new Row(
                            commune.getShortName(),
                            commune.getName(),
                            commune.getUnitType(),
                            rate.value(),
                            rate.numerator(),
                            rate.denominator(),
                            sites.value() == null ? 0 : sites.value().longValue(),
                            sources);
                })
                .toList();
    }

    Grid<Row> grid() {
        return grid;
    }

    /** The communes as the grid shows them: after the name filter, in the grid's order. */
    Table table(String name) {
        return export.table(name);
    }

    private Grid.Column<Row> column(Function<Row, String> text, String key, String headerKey) {
        return grid.addColumn(text::apply)
                .setKey(key)
                .setHeader(getTranslation(headerKey))
                .setSortable(true)
                .setSortProperty(key)
                .setResizable(true);
    }

    private Stream<Row> filtered() {
        String query = filter.getValue();
        return query.isBlank() ? rows.stream() : rows.stream().filter(r -> VietnameseText.matches(r.fullName(), query));
    }

    private static Stream<Row> sorted(Stream<Row> rows, List<QuerySortOrder> orders) {
        Comparator<Row> comparator = null;
        for (QuerySortOrder order : orders) {
            Comparator<Row> next = ORDERS.get(order.getSorted());
            if (next != null) {
                next = order.getDirection() == SortDirection.DESCENDING ? next.reversed() : next;
                comparator = comparator == null ? next : comparator.thenComparing(next);
            }
        }
        return comparator == null ? rows : rows.sorted(comparator);
    }

    private static Map<Long, Figure> byUnit(List<Figure> figures) {
        return figures.stream().collect(Collectors.toMap(f -> f.unit().getId(), f -> f));
    }
}
