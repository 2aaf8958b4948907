package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import vn.bca.antq.admin.Structure;

/**
 * The one control that switches a dashboard page between today's structure (34 provinces and their communes, every
 * year restated onto it) and the structure each year was reported on: two buttons side by side, the one shown pressed;
 * one click hands the new address state to the page. Buttons ids: {@code structure-current}, {@code structure-reported}.
 */
final class StructureSwitch extends Div {

    static final String ID = "structure";

    private final Map<Structure, Button> buttons = new EnumMap<>(Structure.class);
    private DashboardParameters shown;

    StructureSwitch(DashboardParameters parameters, Consumer<DashboardParameters> onChange) {
        shown = parameters;
        setId(ID);
        addClassName("structure-switch");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("structure.label"));
        Span label = new Span(getTranslation("structure.label"));
        label.addClassName("structure-switch__label");
        Div choices = new Div();
        choices.addClassName("structure-switch__choices");
        for (Structure structure : Structure.values()) {
            Button button = new Button(getTranslation("structure." + structure.code()), e -> {
                if (structure != shown.structure()) {
                    onChange.accept(shown.withStructure(structure));
                }
            });
            button.setId(ID + "-" + structure.code());
            buttons.put(structure, button);
            choices.add(button);
        }
        add(label, choices);
        show(parameters);
    }

    void show(DashboardParameters parameters) {
        shown = parameters;
        buttons.forEach((structure, button) -> {
            boolean pressed = structure == parameters.structure();
            button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
            if (pressed) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.PRIMARY);
            }
        });
    }

    /** The structure shown (the pressed button). */
    Structure value() {
        return shown.structure();
    }
}
