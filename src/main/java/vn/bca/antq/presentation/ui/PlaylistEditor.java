package vn.bca.antq.presentation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.presentation.InvalidPlaylistException;
import vn.bca.antq.presentation.Playlist;
import vn.bca.antq.presentation.PlaylistService;
import vn.bca.antq.presentation.Presentation;
import vn.bca.antq.presentation.SlideKind;
import vn.bca.antq.presentation.SlideSpec;
import vn.bca.antq.security.Role;

/**
 * Creates ({@code /playlists/new}) or edits ({@code /playlists/3/edit}) a playlist: name, year, seconds per slide,
 * daily refresh time and the slides in order. The preview shows the unsaved deck in a new tab; saving checks it all and
 * shows what is wrong beside the form, storing nothing until everything is right.
 */
@Route("playlists/new")
@RouteAlias("playlists/:id([0-9]{1,18})/edit")
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("playlists.css")
class PlaylistEditor extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The Vietnamese form of a time of day (24 hours), whatever the UI language; the time is Vietnam time. */
    private static final Locale TIME_LOCALE = Locale.of("vi", "VN");

    private final PlaylistService playlists;
    private final AdministrativeUnits units;
    private final H2 heading = new H2();
    private final TextField name = new TextField();
    private final Select<Integer> year = new Select<>();
    private final Select<Structure> structure = new Select<>();
    private final IntegerField interval = new IntegerField();
    private final TimePicker refreshAt = new TimePicker();
    private final PlaylistSlides slides = new PlaylistSlides(this::updatePreview);
    private final Div error = new Div();
    private final Anchor preview = new Anchor();
    private final Div form = new Div();
    private final Button save = new Button();
    private @Nullable Long id;
    private int version;
    private String storedName = "";

    PlaylistEditor(PlaylistService playlists, AdministrativeUnits units) {
        this.playlists = playlists;
        this.units = units;
        addClassName("playlist-editor");
        name.setId("playlist-name");
        name.setLabel(getTranslation("playlist.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(PlaylistService.LONGEST_NAME);
        name.addClassName("playlist-name");
        year.setId("playlist-year");
        year.setLabel(getTranslation("playlist.year"));
        year.setItems(IntStream.rangeClosed(Years.FIRST, Years.LAST).boxed().toList());
        year.setValue(Years.DEFAULT);
        year.addValueChangeListener(e -> {
            showProvinces();
            updatePreview();
        });
        structure.setId("playlist-structure");
        structure.setLabel(getTranslation("structure.label"));
        structure.setItems(Structure.values());
        structure.setItemLabelGenerator(s -> getTranslation("structure." + s.code()));
        structure.setValue(Structure.DEFAULT);
        structure.addValueChangeListener(e -> {
            showProvinces();
            updatePreview();
        });
        interval.setId("playlist-interval");
        interval.setLabel(getTranslation("playlist.interval"));
        interval.setHelperText(getTranslation("playlist.interval.helper"));
        interval.setMin((int) Presentation.SHORTEST_INTERVAL.toSeconds());
        interval.setMax((int) Presentation.LONGEST_INTERVAL.toSeconds());
        interval.setStepButtonsVisible(true);
        interval.setValue((int) Presentation.DEFAULT_INTERVAL.toSeconds());
        interval.addValueChangeListener(e -> updatePreview());
        refreshAt.setId("playlist-refresh");
        refreshAt.setLabel(getTranslation("playlist.refresh"));
        refreshAt.setHelperText(getTranslation("playlist.refresh.helper"));
        refreshAt.setLocale(TIME_LOCALE);
        refreshAt.setStep(Duration.ofMinutes(15));
        refreshAt.setClearButtonVisible(true);
        refreshAt.addValueChangeListener(e -> updatePreview());
        Div settings = new Div(name, year, structure, interval, refreshAt);
        settings.addClassName("playlist-settings");

        Button addSlide = new Button(
                getTranslation("playlist.slide.add"),
                VaadinIcon.PLUS.create(),
                e -> slides.add(SlideSpec.of(SlideKind.NATIONAL_MAP, SlideSpec.DEFAULT_INDICATOR)));
        addSlide.setId("playlist-add-slide");

        error.setId("playlist-error");
        error.addClassName("playlist-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        save.setText(getTranslation("playlist.save"));
        save.addClickListener(e -> save());
        save.setId("playlist-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        preview.setId("playlist-preview");
        preview.addClassName("playlist-preview");
        preview.setText(getTranslation("playlist.preview"));
        preview.setTarget(AnchorTarget.BLANK);
        preview.setRouterIgnore(true);
        preview.getElement().setAttribute("title", getTranslation("playlist.preview.label"));
        RouterLink back = new RouterLink(getTranslation("playlist.cancel"), PlaylistsView.class);
        back.setId("playlist-back");
        Div buttons = new Div(save, preview, back);
        buttons.addClassName("playlist-buttons");

        form.add(settings, new H3(getTranslation("playlist.slides")), slides, addSlide);
        add(heading, form, error, buttons);
        showNew();
    }

    @Override
    public String getPageTitle() {
        return id == null
                ? getTranslation("playlist.page-title.new")
                : getTranslation("playlist.page-title.edit", storedName);
    }

    /** Vaadin keeps this view when the address changes between {@code new} and an {@code edit}: each shows afresh. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> idParameter = event.getRouteParameters().get("id");
        if (idParameter.isEmpty()) {
            showNew();
            return;
        }
        long wanted = Long.parseLong(idParameter.get());
        playlists.find(wanted).ifPresentOrElse(this::edit, () -> showMissing(wanted));
    }

    private void showNew() {
        id = null;
        version = 0;
        storedName = "";
        heading.setText(getTranslation("playlist.heading.new"));
        name.clear();
        year.setValue(Years.DEFAULT);
        structure.setValue(Structure.DEFAULT);
        showProvinces();
        interval.setValue((int) Presentation.DEFAULT_INTERVAL.toSeconds());
        refreshAt.clear();
        slides.show(List.of());
        showForm(true);
        updatePreview();
    }

    private void edit(Playlist playlist) {
        Presentation stored = playlist.toPresentation();
        id = playlist.getId();
        version = playlist.getVersion();
        storedName = playlist.getName();
        heading.setText(getTranslation("playlist.heading.edit", storedName));
        name.setValue(stored.name());
        year.setValue(stored.year());
        structure.setValue(stored.structure());
        showProvinces();
        interval.setValue((int) stored.interval().toSeconds());
        refreshAt.setValue(stored.refreshAt());
        slides.show(stored.slides());
        showForm(true);
        updatePreview();
    }

    private void showMissing(long wanted) {
        id = null;
        heading.setText(getTranslation("playlist.heading.missing"));
        showForm(false);
        showError(getTranslation("playlist.error.not-found", String.valueOf(wanted)));
    }

    /** The form, or only the message and the way back when there is nothing to edit. */
    private void showForm(boolean visible) {
        form.setVisible(visible);
        save.setVisible(visible);
        preview.setVisible(visible);
        error.setVisible(false);
    }

    /** The playlist as the form shows it; fields left empty make values the service rejects with a message. */
    Presentation presentation() {
        Integer seconds = interval.getValue();
        return new Presentation(
                name.getValue(),
                slides.specs(),
                selectedYear(),
                Duration.ofSeconds(seconds == null ? 0 : seconds),
                refreshAt.getValue(),
                id,
                selectedStructure());
    }

    private void save() {
        try {
            Playlist saved = playlists.save(id, version, presentation());
            Notification.show(
                            getTranslation("playlist.saved", saved.getName()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(PlaylistsView.class));
        } catch (InvalidPlaylistException e) {
            showError(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    /** The provinces a spotlight can name: those of the structure chosen, in the year chosen. */
    private void showProvinces() {
        slides.setProvinces(units.all(selectedStructure().era(selectedYear()), UnitLevel.PROVINCE));
    }

    private Structure selectedStructure() {
        return structure.getValue() == null ? Structure.DEFAULT : structure.getValue();
    }

    private int selectedYear() {
        return year.getValue() == null ? Years.DEFAULT : year.getValue();
    }

    private void updatePreview() {
        List<SlideSpec> specs = slides.specs();
        Integer seconds = interval.getValue();
        int shownInterval = seconds == null ? (int) Presentation.DEFAULT_INTERVAL.toSeconds() : seconds;
        if (specs.isEmpty()) {
            preview.removeHref();
            preview.setEnabled(false);
        } else {
            preview.setEnabled(true);
            preview.setHref(PlaylistAddresses.preview(
                    specs, selectedYear(), selectedStructure(), shownInterval, refreshAt.getValue()));
        }
    }
}
