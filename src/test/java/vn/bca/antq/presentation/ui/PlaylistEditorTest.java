package vn.bca.antq.presentation.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.presentation.Playlist;
import vn.bca.antq.presentation.Presentation;
import vn.bca.antq.presentation.SlideKind;
import vn.bca.antq.presentation.SlideSpec;

class PlaylistEditorTest extends PlaylistUiTest {

    static final String PREFIX = "Kiểm thử trình soạn ";

    @Override
    String prefix() {
        return PREFIX;
    }

    @Test
    void aPlaylistFilledInTheFormIsStoredWithItsSlidesInTheOrderShown() {
        UI.getCurrent().navigate("playlists/new");
        fillThreeSlidesAndMoveTheLastUp();
        _setValue(_get(TextField.class, spec -> spec.withId("playlist-name")), "  " + PREFIX + "Tổng kết năm ");

        _click(_get(Button.class, spec -> spec.withId("playlist-save")));

        _get(PlaylistsView.class);
        Playlist stored = playlists.all().stream()
                .filter(p -> p.getName().equals(PREFIX + "Tổng kết năm"))
                .findFirst()
                .orElseThrow();
        Presentation presentation = playlists.find(stored.getId()).orElseThrow().toPresentation();
        assertThat(presentation.slides())
                .containsExactly(
                        SlideSpec.of(SlideKind.RANKING, Indicator.FESTIVAL_SITES),
                        SlideSpec.of(SlideKind.FESTIVAL, Indicator.COVERAGE_COMMUNES),
                        new SlideSpec(SlideKind.SPOTLIGHT, Indicator.MODELS, List.of("01", "79")));
        assertThat(presentation.year()).isEqualTo(2024);
        assertThat(presentation.interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(presentation.refreshAt()).isEqualTo(LocalTime.of(7, 0));
    }

    @Test
    void thePreviewLinkShowsTheUnsavedSlidesInANewTab() {
        UI.getCurrent().navigate("playlists/new");
        Anchor preview = _get(Anchor.class, spec -> spec.withId("playlist-preview"));
        assertThat(preview.getElement().hasAttribute("href")).isFalse();

        fillThreeSlidesAndMoveTheLastUp();

        String slides = "ranking:festival-sites,festival,spotlight:models:01.79";
        assertThat(preview.getHref())
                .isEqualTo("present?slides=" + URLEncoder.encode(slides, StandardCharsets.UTF_8)
                        + "&interval=30&year=2024&refresh=07%3A00");
        assertThat(preview.getElement().getAttribute("target")).isEqualTo("_blank");
        assertThat(playlists.all()).noneMatch(p -> p.getName().startsWith(PREFIX));
    }

    @Test
    void aBlankNameIsExplainedInVietnameseAndNothingIsStored() {
        int before = playlists.all().size();
        UI.getCurrent().navigate("playlists/new");
        _click(_get(Button.class, spec -> spec.withId("playlist-add-slide")));
        _setValue(_get(TextField.class, spec -> spec.withId("playlist-name")), "   ");

        _click(_get(Button.class, spec -> spec.withId("playlist-save")));

        Div error = _get(Div.class, spec -> spec.withId("playlist-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Hãy đặt tên cho danh sách trình chiếu.");
        _get(PlaylistEditor.class);
        assertThat(playlists.all()).hasSize(before);
    }

    @Test
    void messagesAreInEnglishWhenTheInterfaceIs() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("playlists/new");
        _setValue(_get(TextField.class, spec -> spec.withId("playlist-name")), PREFIX + "Trống");

        _click(_get(Button.class, spec -> spec.withId("playlist-save")));

        assertThat(_get(Div.class, spec -> spec.withId("playlist-error")).getText())
                .isEqualTo("A playlist needs 1 to 100 slides.");
        assertThat(playlists.all()).noneMatch(p -> p.getName().startsWith(PREFIX));
    }

    @Test
    void aTakenNameAndAnIntervalOutOfRangeAreExplained() {
        playlists.save(
                null,
                0,
                new Presentation(
                        PREFIX + "Có rồi",
                        List.of(SlideSpec.of(SlideKind.COVERAGE, Indicator.MODELS)),
                        2024,
                        Duration.ofSeconds(20),
                        null,
                        null));
        UI.getCurrent().navigate("playlists/new");
        _click(_get(Button.class, spec -> spec.withId("playlist-add-slide")));
        _setValue(_get(TextField.class, spec -> spec.withId("playlist-name")), PREFIX + "có rồi");

        _click(_get(Button.class, spec -> spec.withId("playlist-save")));
        assertThat(_get(Div.class, spec -> spec.withId("playlist-error")).getText())
                .isEqualTo("Đã có danh sách trình chiếu tên “" + PREFIX + "có rồi”.");

        _setValue(_get(TextField.class, spec -> spec.withId("playlist-name")), PREFIX + "Mới");
        _setValue(_get(IntegerField.class, spec -> spec.withId("playlist-interval")), 3);
        _click(_get(Button.class, spec -> spec.withId("playlist-save")));
        assertThat(_get(Div.class, spec -> spec.withId("playlist-error")).getText())
                .isEqualTo("Số giây mỗi trang phải từ 5 đến 600.");
        assertThat(playlists.all())
                .filteredOn(p -> p.getName().startsWith(PREFIX))
                .hasSize(1);
    }

    @Test
    void aStoredPlaylistOpensInTheFormAndAChangeMeanwhileByAnotherEditorIsNotOverwritten() {
        Playlist stored = playlists.save(
                null,
                0,
                new Presentation(
                        PREFIX + "Đang sửa",
                        List.of(
                                SlideSpec.of(SlideKind.NATIONAL_TREND, Indicator.MODELS),
                                new SlideSpec(SlideKind.SPOTLIGHT, Indicator.MODELS, List.of("31"))),
                        2026,
                        Duration.ofSeconds(40),
                        LocalTime.of(6, 30),
                        null));

        UI.getCurrent().navigate("playlists/" + stored.getId() + "/edit");

        assertThat(_get(TextField.class, spec -> spec.withId("playlist-name")).getValue())
                .isEqualTo(PREFIX + "Đang sửa");
        assertThat(_get(IntegerField.class, spec -> spec.withId("playlist-interval"))
                        .getValue())
                .isEqualTo(40);
        assertThat(_get(TimePicker.class, spec -> spec.withId("playlist-refresh"))
                        .getValue())
                .isEqualTo(LocalTime.of(6, 30));
        assertThat(_get(PlaylistSlides.class).specs())
                .containsExactly(
                        SlideSpec.of(SlideKind.NATIONAL_TREND, Indicator.MODELS),
                        new SlideSpec(SlideKind.SPOTLIGHT, Indicator.MODELS, List.of("31")));

        // another editor saves first
        playlists.save(
                stored.getId(),
                stored.getVersion(),
                new Presentation(
                        PREFIX + "Đang sửa",
                        List.of(SlideSpec.of(SlideKind.COVERAGE, Indicator.MODELS)),
                        2026,
                        Duration.ofSeconds(40),
                        null,
                        null));
        _setValue(_get(IntegerField.class, spec -> spec.withId("playlist-interval")), 90);
        _click(_get(Button.class, spec -> spec.withId("playlist-save")));

        assertThat(_get(Div.class, spec -> spec.withId("playlist-error")).getText())
                .startsWith("Danh sách “" + PREFIX + "Đang sửa” vừa được người khác sửa và lưu");
        Presentation kept = playlists.find(stored.getId()).orElseThrow().toPresentation();
        assertThat(kept.interval()).isEqualTo(Duration.ofSeconds(40));
        assertThat(kept.slides()).containsExactly(SlideSpec.of(SlideKind.COVERAGE, Indicator.MODELS));
    }

    @Test
    void goingFromAnEditToNewStartsAnEmptyPlaylistAndLeavesTheEditedOneAlone() {
        Playlist stored = playlists.save(
                null,
                0,
                new Presentation(
                        PREFIX + "Cũ",
                        List.of(SlideSpec.of(SlideKind.COVERAGE, Indicator.MODELS)),
                        2021,
                        Duration.ofSeconds(50),
                        null,
                        null));
        UI.getCurrent().navigate("playlists/" + stored.getId() + "/edit");
        PlaylistEditor editing = _get(PlaylistEditor.class);

        UI.getCurrent().navigate("playlists/new");

        assertThat(_get(PlaylistEditor.class)).isSameAs(editing); // Vaadin keeps the view; it must forget the playlist
        assertThat(_get(TextField.class, spec -> spec.withId("playlist-name")).getValue())
                .isEmpty();
        assertThat(yearSelect().getValue()).isEqualTo(2025);
        assertThat(_get(PlaylistSlides.class).specs()).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("playlist-add-slide")));
        _setValue(_get(TextField.class, spec -> spec.withId("playlist-name")), PREFIX + "Mới hẳn");
        _click(_get(Button.class, spec -> spec.withId("playlist-save")));

        assertThat(playlists.find(stored.getId()).orElseThrow().getName()).isEqualTo(PREFIX + "Cũ");
        assertThat(playlists.all()).extracting(Playlist::getName).contains(PREFIX + "Mới hẳn");
    }

    @Test
    void anUnknownPlaylistSaysSo() {
        UI.getCurrent().navigate("playlists/987654321/edit");

        assertThat(_get(Div.class, spec -> spec.withId("playlist-error")).getText())
                .isEqualTo("Không tìm thấy danh sách trình chiếu số 987654321; có thể nó đã bị xoá.");
        _assertNone(Button.class, spec -> spec.withId("playlist-save"));
    }

    @Test
    void onTodaysStructureEveryYearOffersTheThirtyFourProvincesAndThePreviewSaysWhichStructure() {
        UI.getCurrent().navigate("playlists/new");
        _setValue(yearSelect(), 2020);
        _click(_get(Button.class, spec -> spec.withId("playlist-add-slide")));
        PlaylistSlideRow row = _get(PlaylistSlideRow.class);
        _setValue(kind(row), SlideKind.SPOTLIGHT);

        assertThat(provinces(row).getListDataView().getItemCount()).isEqualTo(34);
        assertThat(_get(Anchor.class, spec -> spec.withId("playlist-preview")).getHref())
                .doesNotContain("structure=");

        _setValue(structureSelect(), Structure.REPORTED);

        assertThat(provinces(row).getListDataView().getItemCount()).isEqualTo(63);
        assertThat(_get(Anchor.class, spec -> spec.withId("playlist-preview")).getHref())
                .endsWith("&year=2020&structure=reported");
    }

    @Test
    void choosingAYearOfTheOtherStructureKeepsOnlyTheProvincesThatExistInIt() {
        UI.getCurrent().navigate("playlists/new");
        _setValue(structureSelect(), Structure.REPORTED);
        _setValue(yearSelect(), 2024);
        _click(_get(Button.class, spec -> spec.withId("playlist-add-slide")));
        PlaylistSlideRow row = _get(PlaylistSlideRow.class);
        _setValue(kind(row), SlideKind.SPOTLIGHT);
        _setValue(provinces(row), Set.of("01", "02")); // Hà Nội stays, Hà Giang joined Tuyên Quang (08) in 2025
        assertThat(provinces(row).getListDataView().getItemCount()).isEqualTo(63);

        _setValue(yearSelect(), 2026);

        assertThat(provinces(row).getListDataView().getItemCount()).isEqualTo(34);
        assertThat(_get(PlaylistSlides.class).specs())
                .containsExactly(new SlideSpec(SlideKind.SPOTLIGHT, SlideSpec.DEFAULT_INDICATOR, List.of("01")));
    }

    @Test
    void draggingASlideOntoAnotherPutsItThere() {
        UI.getCurrent().navigate("playlists/new");
        for (SlideKind kind : List.of(SlideKind.COVERAGE, SlideKind.FESTIVAL, SlideKind.NATIONAL_TREND)) {
            _click(_get(Button.class, spec -> spec.withId("playlist-add-slide")));
            _setValue(kind(_find(PlaylistSlideRow.class).getLast()), kind);
        }
        PlaylistSlides slides = _get(PlaylistSlides.class);
        List<PlaylistSlideRow> rows = _find(PlaylistSlideRow.class);

        slides.moveTo(rows.get(2), rows.get(0));

        assertThat(slides.specs())
                .extracting(SlideSpec::kind)
                .containsExactly(SlideKind.NATIONAL_TREND, SlideKind.COVERAGE, SlideKind.FESTIVAL);
        assertThat(_get(rows.get(2), Button.class, spec -> spec.withClasses("playlist-slide-up"))
                        .isEnabled())
                .isFalse();
    }

    /** Year 2024, 30 s, 07:00; slides: ranking of festival sites, a spotlight on two provinces, the festival day moved up. */
    private static void fillThreeSlidesAndMoveTheLastUp() {
        _setValue(yearSelect(), 2024);
        _setValue(_get(IntegerField.class, spec -> spec.withId("playlist-interval")), 30);
        _setValue(_get(TimePicker.class, spec -> spec.withId("playlist-refresh")), LocalTime.of(7, 0));
        Button add = _get(Button.class, spec -> spec.withId("playlist-add-slide"));
        _click(add);
        _click(add);
        _click(add);
        List<PlaylistSlideRow> rows = _find(PlaylistSlideRow.class);
        assertThat(rows).hasSize(3);
        _setValue(kind(rows.get(0)), SlideKind.RANKING);
        _setValue(indicator(rows.get(0)), Indicator.FESTIVAL_SITES);
        _setValue(kind(rows.get(1)), SlideKind.SPOTLIGHT);
        _setValue(indicator(rows.get(1)), Indicator.MODELS);
        _setValue(provinces(rows.get(1)), Set.of("79", "01"));
        _setValue(kind(rows.get(2)), SlideKind.FESTIVAL);
        // the festival day has fixed figures: no indicator, no provinces; only the spotlight offers provinces
        assertThat(_find(rows.get(2), ComboBox.class, spec -> spec.withClasses("playlist-slide-indicator")))
                .isEmpty();
        assertThat(_find(rows.get(2), MultiSelectComboBox.class, spec -> spec.withClasses("playlist-slide-provinces")))
                .isEmpty();
        assertThat(_find(rows.get(0), MultiSelectComboBox.class, spec -> spec.withClasses("playlist-slide-provinces")))
                .isEmpty();
        assertThat(provinces(rows.get(1)).isVisible()).isTrue();

        _click(_get(rows.get(2), Button.class, spec -> spec.withClasses("playlist-slide-up")));

        assertThat(_find(PlaylistSlideRow.class)).containsExactly(rows.get(0), rows.get(2), rows.get(1));
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> yearSelect() {
        return _get(Select.class, spec -> spec.withId("playlist-year"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Structure> structureSelect() {
        return _get(Select.class, spec -> spec.withId("playlist-structure"));
    }

    @SuppressWarnings("unchecked")
    private static Select<SlideKind> kind(PlaylistSlideRow row) {
        return _get(row, Select.class, spec -> spec.withClasses("playlist-slide-kind"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Indicator> indicator(PlaylistSlideRow row) {
        return _get(row, ComboBox.class, spec -> spec.withClasses("playlist-slide-indicator"));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> provinces(PlaylistSlideRow row) {
        return _get(row, MultiSelectComboBox.class, spec -> spec.withClasses("playlist-slide-provinces"));
    }
}
