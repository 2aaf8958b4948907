package vn.bca.antq.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.indicator.Indicator;

@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN") // playlists are edited by ADMIN only
class PlaylistServiceTest {

    /** Every playlist these tests store starts with it, so that they leave the shared database as they found it. */
    static final String PREFIX = "Kiểm thử ";

    static final String READY_MADE = "Hội nghị trực tuyến toàn quốc";

    @Autowired
    private PlaylistService service;

    @AfterEach
    void removeTestPlaylists() {
        service.all().stream().filter(p -> p.getName().startsWith(PREFIX)).forEach(p -> service.delete(p.getId()));
    }

    @Test
    void aSavedPlaylistLoadsWithItsSlidesInOrderAndTheSpotlightProvinces() {
        List<SlideSpec> slides = List.of(
                SlideSpec.of(SlideKind.RANKING, Indicator.FESTIVAL_SITES),
                new SlideSpec(SlideKind.SPOTLIGHT, Indicator.MODELS, List.of("79", "01")),
                SlideSpec.of(SlideKind.FESTIVAL, Indicator.COVERAGE_COMMUNES),
                SlideSpec.of(SlideKind.NATIONAL_MAP, Indicator.COVERAGE_SCHOOLS));

        Playlist saved =
                service.save(null, 0, presentation("  " + PREFIX + "Hà Nội  ", slides, 2022, 45, LocalTime.of(7, 30)));

        Presentation loaded = service.find(saved.getId()).orElseThrow().toPresentation();
        assertThat(loaded.name()).isEqualTo(PREFIX + "Hà Nội");
        assertThat(loaded.slides()).containsExactlyElementsOf(slides);
        assertThat(loaded.slides().get(1).provinces()).containsExactly("79", "01");
        assertThat(loaded.year()).isEqualTo(2022);
        assertThat(loaded.interval()).isEqualTo(Duration.ofSeconds(45));
        assertThat(loaded.refreshAt()).isEqualTo(LocalTime.of(7, 30));
        assertThat(loaded.playlistId()).isEqualTo(saved.getId());
        assertThat(loaded.structure()).isEqualTo(Structure.CURRENT);
        assertThat(service.all()).extracting(Playlist::getName).contains(PREFIX + "Hà Nội", READY_MADE);
    }

    @Test
    void reorderedSlidesAndChangedSettingsReplaceTheStoredOnes() {
        SlideSpec map = SlideSpec.of(SlideKind.NATIONAL_MAP, Indicator.COVERAGE_COMMUNES);
        SlideSpec trend = SlideSpec.of(SlideKind.NATIONAL_TREND, Indicator.MODELS);
        SlideSpec coverage = SlideSpec.of(SlideKind.COVERAGE, Indicator.COVERAGE_COMMUNES);
        Playlist first =
                service.save(null, 0, presentation(PREFIX + "thứ tự", List.of(map, trend, coverage), 2024, 20, null));

        Playlist second = service.save(
                first.getId(),
                first.getVersion(),
                presentation(PREFIX + "thứ tự mới", List.of(coverage, map), 2020, 30, LocalTime.of(6, 0))
                        .withStructure(Structure.REPORTED));

        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(second.getVersion()).isGreaterThan(first.getVersion());
        Presentation loaded = service.find(first.getId()).orElseThrow().toPresentation();
        assertThat(loaded.slides()).containsExactly(coverage, map);
        assertThat(loaded.name()).isEqualTo(PREFIX + "thứ tự mới");
        assertThat(loaded.year()).isEqualTo(2020);
        assertThat(loaded.structure()).isEqualTo(Structure.REPORTED);
        assertThat(loaded.refreshAt()).isEqualTo(LocalTime.of(6, 0));
    }

    @Test
    void eachInvalidPlaylistIsRejectedWithItsMessageAndNothingIsStored() {
        List<SlideSpec> one = List.of(SlideSpec.of(SlideKind.FESTIVAL, Indicator.COVERAGE_COMMUNES));
        int before = service.all().size();

        assertRejected(presentation("   ", one, 2024, 20, null), "playlist.error.name-blank");
        assertRejected(presentation(PREFIX + "x".repeat(120), one, 2024, 20, null), "playlist.error.name-long", "120");
        assertRejected(presentation(PREFIX + "năm", one, 2018, 20, null), "playlist.error.year", "2019", "2026");
        assertRejected(presentation(PREFIX + "giây", one, 2024, 4, null), "playlist.error.interval", "5", "600");
        assertRejected(presentation(PREFIX + "giây", one, 2024, 601, null), "playlist.error.interval", "5", "600");
        assertRejected(presentation(PREFIX + "trống", List.of(), 2024, 20, null), "playlist.error.slides", "100");
        // As reported, 2024 has the 63 provinces: Hà Giang (02) existed, 99 never did; today's 34 have no Hà Giang in
        // any year
        assertRejected(
                presentation(
                                PREFIX + "tỉnh",
                                List.of(new SlideSpec(
                                        SlideKind.SPOTLIGHT, Indicator.MODELS, List.of("01", "02", "99"))),
                                2024,
                                20,
                                null)
                        .withStructure(Structure.REPORTED),
                "playlist.error.provinces",
                "99",
                "2024");
        assertRejected(
                presentation(
                        PREFIX + "tỉnh",
                        List.of(new SlideSpec(SlideKind.SPOTLIGHT, Indicator.MODELS, List.of("02"))),
                        2024,
                        20,
                        null),
                "playlist.error.provinces-today",
                "02");
        assertRejected(
                presentation(
                        PREFIX + "tỉnh",
                        List.of(new SlideSpec(SlideKind.SPOTLIGHT, Indicator.MODELS, List.of("02"))),
                        2026,
                        20,
                        null),
                "playlist.error.provinces-today",
                "02");

        assertThat(service.all()).hasSize(before);
    }

    @Test
    void aNameIsTakenWhateverItsCaseAndAnotherPlaylistCannotHaveIt() {
        List<SlideSpec> one = List.of(SlideSpec.of(SlideKind.COVERAGE, Indicator.COVERAGE_COMMUNES));
        Playlist first = service.save(null, 0, presentation(PREFIX + "Tên", one, 2024, 20, null));
        Playlist other = service.save(null, 0, presentation(PREFIX + "Khác", one, 2024, 20, null));

        assertRejected(presentation(PREFIX + "Tên", one, 2023, 20, null), "playlist.error.name-taken", PREFIX + "Tên");
        assertRejected(
                presentation(" " + PREFIX.toUpperCase() + "TÊN ", one, 2023, 20, null), "playlist.error.name-taken");
        assertThatThrownBy(() -> service.save(
                        other.getId(), other.getVersion(), presentation(PREFIX + "Tên", one, 2024, 20, null)))
                .isInstanceOfSatisfying(
                        InvalidPlaylistException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("playlist.error.name-taken"));
        assertThat(service.find(other.getId()).orElseThrow().getName()).isEqualTo(PREFIX + "Khác");

        // a playlist keeps its own name, also written differently
        Playlist renamed =
                service.save(first.getId(), first.getVersion(), presentation(PREFIX + "TÊN", one, 2024, 20, null));
        assertThat(renamed.getName()).isEqualTo(PREFIX + "TÊN");
    }

    @Test
    void aNameWithCombiningMarksIsTheSameNameAsThePrecomposedOne() {
        List<SlideSpec> one = List.of(SlideSpec.of(SlideKind.COVERAGE, Indicator.COVERAGE_COMMUNES));
        service.save(null, 0, presentation(PREFIX + "Hội", one, 2024, 20, null));
        String decomposed = java.text.Normalizer.normalize(PREFIX + "Hội", java.text.Normalizer.Form.NFD);

        assertRejected(presentation(decomposed, one, 2024, 20, null), "playlist.error.name-taken", PREFIX + "Hội");
    }

    @Test
    void aSecondEditorWithAStaleVersionIsRejectedAndTheFirstSaveStays() {
        List<SlideSpec> one = List.of(SlideSpec.of(SlideKind.COVERAGE, Indicator.COVERAGE_COMMUNES));
        Playlist created = service.save(null, 0, presentation(PREFIX + "hai người sửa", one, 2024, 20, null));
        Playlist editorA = service.find(created.getId()).orElseThrow();
        Playlist editorB = service.find(created.getId()).orElseThrow();

        service.save(
                editorA.getId(), editorA.getVersion(), presentation(PREFIX + "hai người sửa", one, 2025, 20, null));

        assertThatThrownBy(() -> service.save(
                        editorB.getId(),
                        editorB.getVersion(),
                        presentation(PREFIX + "hai người sửa", one, 2021, 60, null)))
                .isInstanceOfSatisfying(InvalidPlaylistException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("playlist.error.changed");
                    assertThat(e.arguments()).containsExactly(PREFIX + "hai người sửa");
                });
        Presentation stored = service.find(created.getId()).orElseThrow().toPresentation();
        assertThat(stored.year()).isEqualTo(2025);
        assertThat(stored.interval()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void savingAPlaylistThatWasDeletedMeanwhileSaysItIsGone() {
        List<SlideSpec> one = List.of(SlideSpec.of(SlideKind.COVERAGE, Indicator.COVERAGE_COMMUNES));
        Playlist created = service.save(null, 0, presentation(PREFIX + "đã xoá", one, 2024, 20, null));
        service.delete(created.getId());

        assertThat(service.find(created.getId())).isEmpty();
        assertThatThrownBy(() -> service.save(
                        created.getId(), created.getVersion(), presentation(PREFIX + "đã xoá", one, 2024, 20, null)))
                .isInstanceOfSatisfying(InvalidPlaylistException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("playlist.error.not-found");
                    assertThat(e.arguments()).containsExactly(String.valueOf(created.getId()));
                });
        assertThat(service.all()).extracting(Playlist::getName).doesNotContain(PREFIX + "đã xoá");
    }

    @Test
    void theReadyMadeConferencePlaylistComesWithTheDatabase() {
        Playlist ready = service.all().stream()
                .filter(p -> p.getName().equals(READY_MADE))
                .findFirst()
                .orElseThrow();

        Presentation presentation = service.find(ready.getId()).orElseThrow().toPresentation();
        assertThat(presentation.year()).isEqualTo(2025);
        assertThat(presentation.interval()).isEqualTo(Duration.ofSeconds(20));
        assertThat(presentation.refreshAt()).isEqualTo(LocalTime.of(6, 0));
        assertThat(presentation.slides()).hasSize(8);
        assertThat(presentation.slides().getFirst())
                .isEqualTo(SlideSpec.of(SlideKind.NATIONAL_MAP, Indicator.COVERAGE_COMMUNES));
        assertThat(presentation.slides().getLast())
                .isEqualTo(SlideSpec.of(SlideKind.SPOTLIGHT, Indicator.COVERAGE_COMMUNES));
        assertThat(ready.getSlideCount()).isEqualTo(8);
        assertThat(ready.getIntervalSeconds()).isEqualTo(20);
        service.check(presentation);
    }

    private void assertRejected(Presentation presentation, String key, String... arguments) {
        assertThatThrownBy(() -> service.save(null, 0, presentation))
                .isInstanceOfSatisfying(InvalidPlaylistException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    if (arguments.length > 0) {
                        assertThat(e.arguments()).containsExactly((Object[]) arguments);
                    }
                });
    }

    static Presentation presentation(
            String name, List<SlideSpec> slides, int year, int seconds, @Nullable LocalTime refreshAt) {
        return new Presentation(name, slides, year, Duration.ofSeconds(seconds), refreshAt, null);
    }
}
