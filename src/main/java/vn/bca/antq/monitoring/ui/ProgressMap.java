package vn.bca.antq.monitoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.base.choropleth.Legend;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.base.ui.map.ChoroplethMap;
import vn.bca.antq.base.ui.map.RegionStyle;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.monitoring.AlertText;
import vn.bca.antq.monitoring.Progress;
import vn.bca.antq.monitoring.TargetBoard;
import vn.bca.antq.monitoring.TargetService;
import vn.bca.antq.monitoring.TargetStatus;

/**
 * Progress to target on a map, for one indicator: each unit coloured as reached, on track, at risk or behind (the rule
 * in the legend), hatched without a target; beside it the units ranked by their gap to the target, largest first.
 */
final class ProgressMap extends Div {

    private final Select<Indicator> indicator = new Select<>();
    private final ChoroplethMap map = new ChoroplethMap();
    private final Grid<TargetStatus> ranking = new Grid<>();
    private TargetBoard board;

    ProgressMap(TargetBoard board, String layerUrl) {
        this.board = board;
        setId("progress-map-panel");
        addClassName("progress-map-panel");
        indicator.setId("progress-indicator");
        indicator.setLabel(getTranslation("progress.indicator"));
        indicator.setItems(TargetService.INDICATORS);
        indicator.setItemLabelGenerator(i -> i.name(UiLanguage.current()));
        indicator.setValue(TargetService.INDICATORS.getFirst());
        indicator.addValueChangeListener(e -> paint());
        map.setId("progress-map");
        map.setHeight("520px");
        map.setLayer(layerUrl);
        ranking.setId("progress-ranking");
        ranking.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        ranking.setHeight("520px");
        ranking.addColumn(s -> name(s.unit()))
                .setKey("unit")
                .setHeader(getTranslation("targets.unit"))
                .setFlexGrow(2);
        ranking.addColumn(s -> AlertText.value(s.indicator(), s.value()))
                .setKey("value")
                .setHeader(getTranslation("progress.value"));
        ranking.addColumn(s -> s.target() == null
                        ? "—"
                        : AlertText.value(s.indicator(), s.target().value()))
                .setKey("target")
                .setHeader(getTranslation("progress.target"));
        Grid.Column<TargetStatus> gap = ranking.addColumn(s -> AlertText.value(s.indicator(), s.gap()))
                .setKey("gap")
                .setHeader(getTranslation("progress.gap"))
                .setComparator(Comparator.comparing(s -> s.gap() == null ? BigDecimal.valueOf(-1) : s.gap()))
                .setSortable(true);
        ranking.addColumn(s ->
                        s.progress() == null ? "" : getTranslation(s.progress().labelKey()))
                .setKey("progress")
                .setHeader(getTranslation("progress.legend.title"));
        ranking.sort(GridSortOrder.desc(gap).build());
        Div side = new Div(ranking);
        side.addClassName("progress-map-side");
        Div top = new Div(map, side);
        top.addClassName("progress-map-top");
        add(new H3(getTranslation("progress.map.title")), indicator, top);
        paint();
    }

    void show(TargetBoard shown) {
        board = shown;
        paint();
    }

    private void paint() {
        Indicator shown = indicator.getValue();
        Map<String, RegionStyle> styles = new LinkedHashMap<>();
        List<TargetStatus> statuses = new ArrayList<>();
        for (AdminUnit unit : board.children()) {
            TargetStatus status = board.status(unit, shown);
            statuses.add(status);
            Progress progress = status.progress();
            styles.put(
                    unit.getCode(),
                    progress == null
                            ? new RegionStyle(
                                    null, null, List.of(unit.getName(), getTranslation("progress.no-target")), null)
                            : new RegionStyle(progress.colour(), null, tooltip(status, progress), null));
        }
        map.setData(styles);
        List<Legend.Entry> entries = new ArrayList<>();
        for (Progress progress : Progress.values()) {
            entries.add(new Legend.Entry(progress.colour(), getTranslation(progress.labelKey())));
        }
        map.setLegend(new Legend(
                getTranslation("progress.map.legend", shown.name(UiLanguage.current()), String.valueOf(board.year())),
                entries,
                getTranslation("progress.no-target")));
        ranking.setItems(statuses.stream().filter(s -> s.target() != null).toList());
        ranking.sort(GridSortOrder.desc(ranking.getColumnByKey("gap")).build());
    }

    private List<String> tooltip(TargetStatus status, Progress progress) {
        List<String> lines = new ArrayList<>();
        lines.add(status.unit().getName());
        lines.add(getTranslation(progress.labelKey()));
        lines.add(getTranslation("progress.value") + ": " + AlertText.value(status.indicator(), status.value()));
        if (status.target() != null) {
            lines.add(getTranslation("progress.target") + ": "
                    + AlertText.value(status.indicator(), status.target().value()));
        }
        if (status.gap() != null) {
            lines.add(getTranslation("progress.gap") + ": " + AlertText.value(status.indicator(), status.gap()));
        }
        return lines;
    }

    private static String name(AdminUnit unit) {
        return UiLanguage.current().pick(unit.getName(), unit.getNameEn());
    }
}
