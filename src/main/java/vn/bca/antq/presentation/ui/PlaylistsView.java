package vn.bca.antq.presentation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.export.ui.ExportMenu;
import vn.bca.antq.export.ui.Exports;
import vn.bca.antq.export.ui.GridTable;
import vn.bca.antq.presentation.Playlist;
import vn.bca.antq.presentation.PlaylistService;
import vn.bca.antq.security.Role;

/**
 * The stored playlists ({@code /playlists}): each can be presented in a new tab, edited or deleted, and a new one
 * created. Times are Vietnam time in the vi-VN form, as everywhere in the product.
 */
@Route("playlists")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 1, icon = "vaadin:presentation", title = "playlists.menu")
@StyleSheet("playlists.css")
class PlaylistsView extends Main implements HasDynamicTitle {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PlaylistService playlists;
    private final Grid<Playlist> grid = new Grid<>();
    private final GridTable<Playlist> export = new GridTable<>(grid);
    private final Paragraph empty = new Paragraph();
    private final ExportMenu download;

    PlaylistsView(PlaylistService playlists, Exports exports) {
        this.playlists = playlists;
        addClassName("playlists");
        Button create = new Button(
                getTranslation("playlists.new"),
                VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(PlaylistEditor.class)));
        create.setId("playlists-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Div header = new Div(new H2(getTranslation("playlists.heading")), create);
        header.addClassName("playlists-header");
        Paragraph intro = new Paragraph(getTranslation("playlists.intro"));
        intro.addClassName("playlists-intro");
        empty.setText(getTranslation("playlists.empty"));
        empty.addClassName("playlists-empty");
        configureGrid();
        download = exports.menu(() -> export.table(getTranslation("playlists.heading")), () -> "playlists");
        download.setId("playlists-export");
        add(header, intro, download, grid, empty);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("playlists.page-title");
    }

    private void configureGrid() {
        grid.setId("playlists-grid");
        grid.setAllRowsVisible(true);
        export.column(
                grid.addColumn(Playlist::getName)
                        .setKey("name")
                        .setHeader(getTranslation("playlists.column.name"))
                        .setWidth("14rem")
                        .setFlexGrow(1),
                Playlist::getName);
        // a year is a label, not a quantity: as text it reads 2024, not 2.024
        export.column(
                grid.addColumn(this::year)
                        .setKey("year")
                        .setHeader(getTranslation("playlists.column.year"))
                        .setWidth("5.5rem")
                        .setFlexGrow(0),
                this::year);
        export.column(
                grid.addColumn(p -> Format.number(p.getSlideCount()))
                        .setKey("slides")
                        .setHeader(getTranslation("playlists.column.slides"))
                        .setWidth("6rem")
                        .setFlexGrow(0),
                Playlist::getSlideCount);
        export.column(
                grid.addColumn(p -> Format.number(p.getIntervalSeconds()))
                        .setKey("interval")
                        .setHeader(getTranslation("playlists.column.interval"))
                        .setWidth("7rem")
                        .setFlexGrow(0),
                Playlist::getIntervalSeconds);
        export.column(
                grid.addColumn(this::refresh)
                        .setKey("refresh")
                        .setHeader(getTranslation("playlists.column.refresh"))
                        .setWidth("10.5rem")
                        .setFlexGrow(0),
                this::refresh);
        export.column(
                grid.addColumn(this::updated)
                        .setKey("updated")
                        .setHeader(getTranslation("playlists.column.updated"))
                        .setWidth("10rem")
                        .setFlexGrow(0),
                this::updated);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("playlists.column.actions"))
                .setWidth("15rem")
                .setFlexGrow(0);
    }

    private String year(Playlist playlist) {
        return String.valueOf(playlist.getYear());
    }

    private String refresh(Playlist playlist) {
        return playlist.getRefreshAt() == null
                ? getTranslation("playlists.refresh.none")
                : TIME.format(playlist.getRefreshAt());
    }

    private String updated(Playlist playlist) {
        return DATE_TIME.format(playlist.getUpdatedAt());
    }

    private Div actions(Playlist playlist) {
        long id = Objects.requireNonNull(playlist.getId());
        Icon play = VaadinIcon.PLAY.create();
        play.setSize("var(--lumo-icon-size-s)");
        Anchor present =
                new Anchor(PlaylistAddresses.playlist(id), play, new Span(getTranslation("playlists.present")));
        present.addClassName("playlist-present");
        present.setTarget(AnchorTarget.BLANK);
        present.setRouterIgnore(true);
        present.getElement().setAttribute("title", getTranslation("playlists.present.label", playlist.getName()));
        Button edit = new Button(
                VaadinIcon.EDIT.create(),
                e -> getUI().ifPresent(ui ->
                        ui.navigate(PlaylistEditor.class, new RouteParameters("id", String.valueOf(id)))));
        edit.addClassName("playlist-edit");
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setAriaLabel(getTranslation("playlists.edit.label", playlist.getName()));
        edit.getElement().setAttribute("title", getTranslation("playlists.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(playlist));
        delete.addClassName("playlist-delete");
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        delete.setAriaLabel(getTranslation("playlists.delete.label", playlist.getName()));
        delete.getElement().setAttribute("title", getTranslation("playlists.delete"));
        Div actions = new Div(present, edit, delete);
        actions.addClassName("playlist-actions");
        return actions;
    }

    private void confirmDelete(Playlist playlist) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("playlist-delete-dialog");
        dialog.setHeader(getTranslation("playlists.delete.header"));
        dialog.setText(getTranslation("playlists.delete.text", playlist.getName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("playlists.delete.cancel"));
        dialog.setConfirmText(getTranslation("playlists.delete.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            playlists.delete(Objects.requireNonNull(playlist.getId()));
            Notification.show(
                            getTranslation("playlists.deleted", playlist.getName()),
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        List<Playlist> all = playlists.all();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        download.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }
}
