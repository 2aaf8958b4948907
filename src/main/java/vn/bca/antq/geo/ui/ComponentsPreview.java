package vn.bca.antq.geo.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.ui.chart.ApexChart;
import vn.bca.antq.base.ui.chart.ChartOptions;
import vn.bca.antq.base.ui.chart.Series;
import vn.bca.antq.base.ui.chart.ValueFormat;
import vn.bca.antq.base.ui.map.ChoroplethMap;
import vn.bca.antq.base.ui.map.ClassBreaks;
import vn.bca.antq.base.ui.map.Classification;
import vn.bca.antq.base.ui.map.ColourRamp;
import vn.bca.antq.base.ui.map.RegionStyle;
import vn.bca.antq.geo.GeoLayers;
import vn.bca.antq.geo.MapLayer;

/**
 * A hidden page (no menu entry) that shows the chart and the map on the real national layers with made-up values,
 * for checking them in a browser. The dashboard replaces it; delete it then.
 */
@Route("dev/components")
@PageTitle("Xem thử biểu đồ và bản đồ")
class ComponentsPreview extends VerticalLayout {

    private static final Set<String> NO_DATA_SAMPLE = Set.of("01", "31");
    private static final List<String> KINDS = List.of("Thanh ngang", "Thanh chồng", "Đường", "Vành khuyên", "Bản đồ nhiệt");
    private static final List<String> YEARS = List.of("2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026");

    private final GeoLayers geo;
    private final AdministrativeUnits units;
    private final ChoroplethMap map = new ChoroplethMap();
    private final ApexChart chart = new ApexChart(ChartOptions.bars(List.of()));
    private Era era = Era.PROVINCES_34;
    private int year = 2025;
    private String kind = KINDS.getFirst();

    ComponentsPreview(GeoLayers geo, AdministrativeUnits units) {
        this.geo = geo;
        this.units = units;
        RadioButtonGroup<Integer> years = new RadioButtonGroup<>("Năm (số liệu minh họa)", 2024, 2025);
        years.setValue(year);
        years.addValueChangeListener(e -> showYear(e.getValue()));
        RadioButtonGroup<String> kinds = new RadioButtonGroup<>("Kiểu biểu đồ", KINDS);
        kinds.setValue(KINDS.getFirst());
        kinds.addValueChangeListener(e -> showKind(e.getValue()));
        map.setHeight("650px");
        map.addFeatureClickListener(e -> {
            Notification.show("Bản đồ: " + e.getName() + " (mã " + e.getCode() + ")");
            map.zoomTo(List.of(e.getCode()));
        });
        chart.addDataPointClickListener(e -> Notification.show("Biểu đồ: " + e.getCategory() + " – " + e.getSeriesName()));
        HorizontalLayout body = new HorizontalLayout(map, chart);
        body.setWidthFull();
        body.setFlexGrow(3, map);
        body.setFlexGrow(2, chart);
        body.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        add(new H2("Xem thử: bản đồ và biểu đồ"), new Span("Số liệu giả, chỉ để kiểm tra hiển thị."), new HorizontalLayout(years, kinds), body);
        showYear(year);
    }

    private void showYear(int year) {
        this.year = year;
        Era shown = Era.ofYear(year);
        List<AdminUnit> provinces = units.all(shown, UnitLevel.PROVINCE);
        Map<String, Double> values = new LinkedHashMap<>();
        provinces.forEach(p -> values.put(p.getCode(), NO_DATA_SAMPLE.contains(p.getCode()) ? null : sample(p.getCode(), year)));
        Classification classes = ClassBreaks.equalIntervals(values.values(), 5, ColourRamp.GREENS);

        Map<String, RegionStyle> styles = new LinkedHashMap<>();
        for (AdminUnit p : provinces) {
            Double v = values.get(p.getCode());
            styles.put(p.getCode(), v == null ? RegionStyle.noData(p.getName())
                    : new RegionStyle(classes.colourOf(v), p.getShortName(), List.of(p.getName(), "Tỷ lệ xã an toàn: " + percent(v)), v));
        }
        if (shown != era || map.getLayer().isEmpty()) {
            era = shown;
            map.setLayer(geo.url(MapLayer.provinces(shown)));
        }
        map.setData(styles);
        map.setLegend(classes.legend("Tỷ lệ xã, phường đạt an toàn (%)", 1, "%"));

        List<String> names = provinces.stream().map(AdminUnit::getShortName).toList();
        Series series = Series.of("Tỷ lệ " + year, provinces.stream().map(p -> values.get(p.getCode())).toList());
        if (!kind.equals(KINDS.getFirst())) {
            return;
        }
        if (chart.getOptions().categories().equals(names)) {
            chart.updateSeries(List.of(series));
        } else {
            chart.setOptions(ChartOptions.bars(names, series).withTitle("Tỷ lệ đạt an toàn theo tỉnh (%)")
                    .withFormat(ValueFormat.PERCENT).withColors("#31a354").withHeight(650).withExportName("ty-le-an-toan"));
        }
    }

    /** The other chart kinds, on made-up figures, to see each one drawn and clicked. */
    private void showKind(String kind) {
        this.kind = kind;
        List<AdminUnit> some = units.all(Era.PROVINCES_34, UnitLevel.PROVINCE).subList(0, 6);
        List<String> names = some.stream().map(AdminUnit::getShortName).toList();
        ChartOptions options = switch (KINDS.indexOf(kind)) {
            case 1 -> ChartOptions.bars(names, Series.of("Đạt", some.stream().map(p -> sample(p.getCode(), 2025)).toList()),
                    Series.of("Chưa đạt", some.stream().map(p -> 100 - sample(p.getCode(), 2025)).toList()))
                    .withStacked(true).withFormat(ValueFormat.PERCENT).withColors("#31a354", "#bdbdbd");
            case 2 -> ChartOptions.line(YEARS, Series.of("Mô hình tự quản", YEARS.stream().map(y -> 40_000 + sample("x", Integer.parseInt(y)) * 900).toList()),
                    Series.of("Điểm tổ chức Ngày hội", YEARS.stream().map(y -> 5_000 + sample("y", Integer.parseInt(y)) * 20).toList()))
                    .withAxisTitles("Năm", "Số lượng");
            case 3 -> ChartOptions.donut(List.of("Đạt", "Chưa đạt"), List.of(223, 6)).withColors("#31a354", "#bdbdbd");
            case 4 -> ChartOptions.heatmap(YEARS, some.stream().map(p -> Series.of(p.getShortName(),
                    YEARS.stream().map(y -> sample(p.getCode(), Integer.parseInt(y))).toList())).toArray(Series[]::new))
                    .withFormat(new ValueFormat(ValueFormat.Style.PERCENT, 0)).withColors("#31a354");
            default -> null;
        };
        if (options == null) {
            chart.setOptions(ChartOptions.bars(List.of()));
            showYear(year);
        } else {
            chart.setOptions(options.withTitle(kind + " (số liệu giả)").withHeight(650).withExportName("xem-thu"));
        }
    }

    /** A stable made-up percentage between 60 and 100. */
    private static double sample(String code, int year) {
        return 60 + Math.floorMod((code + year).hashCode() * 2654435761L, 4001L) / 100.0;
    }

    private static String percent(double v) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(Classification.VIETNAMESE);
        f.setMaximumFractionDigits(2);
        return f.format(v) + "%";
    }
}
