package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;
import vn.bca.antq.admin.Structure;

/**
 * The one control that switches a dashboard page between today's structure (34 provinces and their communes, every
 * year restated onto it) and the structure each year was reported on; a change hands the new address state to the page.
 */
final class StructureSwitch extends RadioButtonGroup<Structure> {

    static final String ID = "structure";

    private DashboardParameters shown;

    StructureSwitch(DashboardParameters parameters, Consumer<DashboardParameters> onChange) {
        shown = parameters;
        setId(ID);
        addClassName("structure-switch");
        setLabel(getTranslation("structure.label"));
        setItems(Structure.values());
        setItemLabelGenerator(s -> getTranslation("structure." + s.code()));
        setValue(parameters.structure());
        addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != shown.structure()) {
                onChange.accept(shown.withStructure(e.getValue()));
            }
        });
    }

    void show(DashboardParameters parameters) {
        shown = parameters;
        setValue(parameters.structure());
    }
}
