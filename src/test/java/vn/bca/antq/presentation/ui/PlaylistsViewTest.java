package vn.bca.antq.presentation.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.presentation.Playlist;
import vn.bca.antq.presentation.Presentation;
import vn.bca.antq.presentation.SlideKind;
import vn.bca.antq.presentation.SlideSpec;

class PlaylistsViewTest extends PlaylistUiTest {

    static final String PREFIX = "Kiểm thử giao diện ";

    @Override
    String prefix() {
        return PREFIX;
    }

    @Test
    void theListShowsEveryPlaylistWithItsSettingsAndALinkThatPresentsIt() {
        Playlist stored = playlists.save(
                null,
                0,
                new Presentation(
                        PREFIX + "Giao ban",
                        List.of(
                                SlideSpec.of(SlideKind.NATIONAL_MAP, Indicator.MODELS),
                                SlideSpec.of(SlideKind.FESTIVAL, Indicator.MODELS)),
                        2022,
                        Duration.ofSeconds(45),
                        LocalTime.of(7, 30),
                        null));

        UI.getCurrent().navigate("playlists");

        Grid<Playlist> grid = grid();
        assertThat(_size(grid)).isEqualTo(playlists.all().size());
        List<String> ready = row(grid, "Hội nghị trực tuyến toàn quốc");
        assertThat(ready.subList(0, 5)).containsExactly("Hội nghị trực tuyến toàn quốc", "2025", "8", "20", "06:00");
        assertThat(ready.get(5)).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
        List<String> mine = row(grid, PREFIX + "Giao ban");
        assertThat(mine.subList(0, 5)).containsExactly(PREFIX + "Giao ban", "2022", "2", "45", "07:30");

        Anchor present =
                _get(actions(grid, PREFIX + "Giao ban"), Anchor.class, spec -> spec.withClasses("playlist-present"));
        assertThat(present.getHref()).isEqualTo("present?playlist=" + stored.getId());
        assertThat(present.getElement().getTextRecursively()).isEqualTo("Trình chiếu");
        assertThat(present.getElement().getAttribute("target")).isEqualTo("_blank");
    }

    @Test
    void deletingAsksFirstAndCancellingKeepsThePlaylist() {
        Playlist stored = playlists.save(
                null,
                0,
                new Presentation(
                        PREFIX + "Xoá",
                        List.of(SlideSpec.of(SlideKind.COVERAGE, Indicator.MODELS)),
                        2024,
                        Duration.ofSeconds(20),
                        null,
                        null));
        UI.getCurrent().navigate("playlists");

        _click(_get(actions(grid(), PREFIX + "Xoá"), Button.class, spec -> spec.withClasses("playlist-delete")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("message")).contains("“" + PREFIX + "Xoá”");
        _fireCancel(dialog);
        assertThat(playlists.find(stored.getId())).isPresent();

        _click(_get(actions(grid(), PREFIX + "Xoá"), Button.class, spec -> spec.withClasses("playlist-delete")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(playlists.find(stored.getId())).isEmpty();
        assertThat(names(grid())).doesNotContain(PREFIX + "Xoá").contains("Hội nghị trực tuyến toàn quốc");
        expectNotifications("Đã xoá danh sách “" + PREFIX + "Xoá”.");
    }

    @Test
    void editAndNewOpenTheEditor() {
        Playlist stored = playlists.save(
                null,
                0,
                new Presentation(
                        PREFIX + "Sửa",
                        List.of(SlideSpec.of(SlideKind.COVERAGE, Indicator.MODELS)),
                        2024,
                        Duration.ofSeconds(20),
                        null,
                        null));
        UI.getCurrent().navigate("playlists");

        _click(_get(actions(grid(), PREFIX + "Sửa"), Button.class, spec -> spec.withClasses("playlist-edit")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("playlists/" + stored.getId() + "/edit");
        _get(PlaylistEditor.class);

        UI.getCurrent().navigate("playlists");
        _click(_get(Button.class, spec -> spec.withId("playlists-new")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("playlists/new");
        _assertNone(PlaylistsView.class);
    }

    @SuppressWarnings("unchecked")
    static Grid<Playlist> grid() {
        return _get(Grid.class, spec -> spec.withId("playlists-grid"));
    }

    private static List<String> names(Grid<Playlist> grid) {
        return IntStream.range(0, _size(grid))
                .mapToObj(i -> _getFormattedRow(grid, i).getFirst())
                .toList();
    }

    private static int index(Grid<Playlist> grid, String name) {
        return names(grid).indexOf(name);
    }

    private static List<String> row(Grid<Playlist> grid, String name) {
        return _getFormattedRow(grid, index(grid, name));
    }

    private static Component actions(Grid<Playlist> grid, String name) {
        return _getCellComponent(grid, index(grid, name), "actions");
    }
}
