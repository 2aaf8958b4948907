package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.ui.FigureText;

/**
 * The year, indicator and structure selectors of a dashboard page; a change hands the new address state to the page. The page
 * may also offer a download of what it shows (the PDF report), which the next {@link #show} removes again.
 */
final class DashboardControls extends Div {

    private final Select<Integer> year = new Select<>();
    private final ComboBox<Indicator> indicator = new ComboBox<>();
    private final StructureSwitch structure;
    private final Div download = new Div();
    private DashboardParameters shown = DashboardParameters.defaults();

    DashboardControls(Consumer<DashboardParameters> onChange) {
        addClassName("dashboard-controls");
        year.setId("year");
        year.setLabel(getTranslation("overview.year"));
        year.setItems(IntStream.rangeClosed(DashboardParameters.FIRST_YEAR, DashboardParameters.LAST_YEAR)
                .boxed()
                .toList());
        year.addValueChangeListener(e -> {
            if (e.isFromClient() || (e.getValue() != null && e.getValue() != shown.year())) {
                onChange.accept(shown.withYear(e.getValue()));
            }
        });
        indicator.setId("indicator");
        indicator.setLabel(getTranslation("dashboard.indicator"));
        indicator.setWidth("28em");
        indicator.setItems(Arrays.stream(Indicator.values())
                .sorted(Comparator.comparing(Indicator::group))
                .toList());
        indicator.setItemLabelGenerator(FigureText::name);
        indicator.setAllowCustomValue(false);
        indicator.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != shown.indicator()) {
                onChange.accept(shown.withIndicator(e.getValue()));
            }
        });
        structure = new StructureSwitch(shown, onChange);
        download.addClassName("dashboard-download");
        add(year, indicator, structure, download);
    }

    void show(DashboardParameters parameters) {
        shown = parameters;
        download.removeAll();
        year.setValue(parameters.year());
        indicator.setValue(parameters.indicator());
        structure.show(parameters);
    }

    /** A download of what the page shows for the parameters last shown. */
    void offer(Component downloadButton) {
        download.removeAll();
        download.add(downloadButton);
    }
}
