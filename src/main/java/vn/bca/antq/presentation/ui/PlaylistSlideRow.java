package vn.bca.antq.presentation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.presentation.SlideKind;
import vn.bca.antq.presentation.SlideSpec;

/**
 * One slide in the editor: its kind, its indicator when the kind takes one, and for a spotlight the provinces shown in
 * turn (none chosen: every province of the year's structure); buttons move it up or down or remove it, and the handle
 * drags it to another position.
 */
final class PlaylistSlideRow extends Div {

    /** What the list of slides does when a row asks for it. */
    interface Actions {
        void moveBy(PlaylistSlideRow row, int steps);

        void moveTo(PlaylistSlideRow row, PlaylistSlideRow target);

        void remove(PlaylistSlideRow row);

        void changed();
    }

    private final Span position = new Span();
    private final Select<SlideKind> kind = new Select<>();
    private final ComboBox<Indicator> indicator = new ComboBox<>();
    private final MultiSelectComboBox<String> provinces = new MultiSelectComboBox<>();
    private final Button up = iconButton(VaadinIcon.ARROW_UP, "playlist.slide.up");
    private final Button down = iconButton(VaadinIcon.ARROW_DOWN, "playlist.slide.down");
    private final Button remove = iconButton(VaadinIcon.TRASH, "playlist.slide.remove");
    /** Province codes in the order of the year's structure (alphabetical), with their names. */
    private Map<String, String> provinceNames = Map.of();

    PlaylistSlideRow(SlideSpec spec, List<AdminUnit> provinceChoices, Actions actions) {
        addClassName("playlist-slide");
        position.addClassName("playlist-slide-position");
        Icon handle = VaadinIcon.MENU.create();
        handle.addClassName("playlist-slide-handle");
        handle.getElement().setAttribute("title", getTranslation("playlist.slide.drag"));
        DragSource<Icon> drag = DragSource.create(handle);
        drag.setDragData(this);
        DropTarget.create(this)
                .addDropListener(e -> e.getDragData()
                        .filter(PlaylistSlideRow.class::isInstance)
                        .map(PlaylistSlideRow.class::cast)
                        .filter(dragged -> dragged != this)
                        .ifPresent(dragged -> actions.moveTo(dragged, this)));

        kind.addClassName("playlist-slide-kind");
        kind.setAriaLabel(getTranslation("playlist.slide.kind"));
        kind.setItems(SlideKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("playlist.kind." + k.name()));
        kind.setValue(spec.kind());
        indicator.addClassName("playlist-slide-indicator");
        indicator.setAriaLabel(getTranslation("playlist.slide.indicator"));
        indicator.setPlaceholder(getTranslation("playlist.slide.indicator"));
        indicator.setItems(Arrays.stream(Indicator.values())
                .sorted(Comparator.comparing(Indicator::group))
                .toList());
        indicator.setItemLabelGenerator(i -> i.name(UiLanguage.current()));
        indicator.setAllowCustomValue(false);
        indicator.setValue(spec.indicator());
        provinces.addClassName("playlist-slide-provinces");
        provinces.setAriaLabel(getTranslation("playlist.slide.provinces"));
        provinces.setPlaceholder(getTranslation("playlist.slide.provinces.all"));
        provinces.setItemLabelGenerator(code -> provinceNames.getOrDefault(code, code));
        setProvinceChoices(provinceChoices, spec.provinces());

        kind.addValueChangeListener(e -> {
            showFieldsOfKind();
            actions.changed();
        });
        indicator.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                indicator.setValue(e.getOldValue() != null ? e.getOldValue() : SlideSpec.DEFAULT_INDICATOR);
            }
            actions.changed();
        });
        provinces.addValueChangeListener(e -> actions.changed());
        up.addClassName("playlist-slide-up");
        up.addClickListener(e -> actions.moveBy(this, -1));
        down.addClassName("playlist-slide-down");
        down.addClickListener(e -> actions.moveBy(this, 1));
        remove.addClassName("playlist-slide-remove");
        remove.addThemeVariants(ButtonVariant.ERROR);
        remove.addClickListener(e -> actions.remove(this));
        showFieldsOfKind();
        add(handle, position, kind, indicator, provinces, up, down, remove);
    }

    /** The slide as the fields show it. */
    SlideSpec toSpec() {
        SlideKind chosen = kind.getValue() == null ? SlideKind.NATIONAL_MAP : kind.getValue();
        Indicator shown = indicator.getValue() == null ? SlideSpec.DEFAULT_INDICATOR : indicator.getValue();
        Set<String> selected = provinces.getValue();
        return new SlideSpec(
                chosen,
                shown,
                provinceNames.keySet().stream().filter(selected::contains).toList());
    }

    /** Offers the provinces of another structure, keeping those chosen that exist in it too (by code). */
    void setProvinceChoices(List<AdminUnit> choices) {
        setProvinceChoices(choices, toSpec().provinces());
    }

    /** Shows its position (from 1) among {@code count} slides; the first cannot move up, the last not down. */
    void setPosition(int index, int count) {
        position.setText((index + 1) + ".");
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
    }

    private void setProvinceChoices(List<AdminUnit> choices, List<String> chosen) {
        Map<String, String> names = new LinkedHashMap<>();
        choices.forEach(p -> names.put(p.getCode(), UiLanguage.current().pick(p.getShortName(), p.getNameEn())));
        provinceNames = names;
        provinces.setItems(List.copyOf(names.keySet()));
        provinces.setValue(
                new LinkedHashSet<>(chosen.stream().filter(names::containsKey).toList()));
    }

    private void showFieldsOfKind() {
        SlideKind chosen = kind.getValue();
        indicator.setVisible(chosen != null && chosen.takesIndicator());
        provinces.setVisible(chosen == SlideKind.SPOTLIGHT);
    }

    private Button iconButton(VaadinIcon icon, String labelKey) {
        Button button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(getTranslation(labelKey));
        button.getElement().setAttribute("title", getTranslation(labelKey));
        return button;
    }
}
