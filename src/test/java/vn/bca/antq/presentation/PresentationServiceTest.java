package vn.bca.antq.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.geo.MapLayer;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.monitoring.AlertService;
import vn.bca.antq.monitoring.TargetService;

@IntegrationTest
class PresentationServiceTest {

    private static final List<SlideSpec> SLIDES = List.of(
            SlideSpec.of(SlideKind.FESTIVAL, Indicator.FESTIVAL_SITES),
            new SlideSpec(SlideKind.SPOTLIGHT, Indicator.COVERAGE_COMMUNES, List.of()));

    @Autowired
    private PresentationService presentations;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private IndicatorService indicators;

    @Autowired
    private AlertService alerts;

    @Autowired
    private TargetService targets;

    @Autowired
    private AdministrativeUnits units;

    @Autowired
    private Clock clock;

    @Autowired
    private Snapshots snapshots;

    /** Every kind of slide, spotlights on two provinces of different eras' making. */
    private static final List<SlideSpec> EVERY_KIND = List.of(
            SlideSpec.of(SlideKind.NATIONAL_MAP, Indicator.COVERAGE_COMMUNES),
            SlideSpec.of(SlideKind.RANKING, Indicator.MODELS),
            SlideSpec.of(SlideKind.NATIONAL_TREND, Indicator.COVERAGE_COMMUNES),
            SlideSpec.of(SlideKind.COVERAGE, Indicator.COVERAGE_COMMUNES),
            SlideSpec.of(SlideKind.FESTIVAL, Indicator.FESTIVAL_SITES),
            new SlideSpec(SlideKind.SPOTLIGHT, Indicator.COVERAGE_COMMUNES, List.of("01", "33")),
            SlideSpec.of(SlideKind.WATCHLIST, Indicator.COVERAGE_COMMUNES));

    @Test
    void anotherNodeOrARestartServesTheSameFrozenFiguresOfEveryKindOfSlide() {
        Presentation presentation = presentation(2026, EVERY_KIND);
        Snapshot taken = presentations.refresh(presentation);
        changeFestivalSites(() -> {
            Snapshot elsewhere = anotherNode().snapshot(presentation);
            assertThat(elsewhere).isNotSameAs(taken);
            assertThat(elsewhere.takenAt()).isEqualTo(taken.takenAt());
            assertThat(elsewhere).usingRecursiveComparison().isEqualTo(taken);
            assertThat(elsewhere.slides()).hasSize(EVERY_KIND.size() + 1);
        });
    }

    @Test
    void aRefreshOnOneNodeReachesScreensThatOpenOnAnother() {
        Presentation presentation = presentation(2026, SLIDES);
        PresentationService other = anotherNode();
        Snapshot old = other.refresh(presentation);
        changeFestivalSites(() -> {
            Snapshot refreshed = presentations.refresh(presentation);
            assertThat(festival(refreshed).sites().numerator())
                    .isNotEqualTo(festival(old).sites().numerator());
            assertThat(festival(other.refreshIfOlder(presentation, refreshed.takenAt()))
                            .sites()
                            .numerator())
                    .as("the scheduled refresh on the other node finds it instead of computing it again")
                    .isEqualTo(festival(refreshed).sites().numerator());
        });
    }

    @Test
    void aStoredSnapshotOfOtherSlidesOrThatCannotBeReadIsTakenAnew() {
        Presentation before = new Presentation("playlist", SLIDES, 2026, Duration.ofSeconds(20), null, 4711L);
        presentations.refresh(before);
        Presentation edited = new Presentation("playlist", EVERY_KIND, 2026, Duration.ofSeconds(20), null, 4711L);
        assertThat(edited.key()).isEqualTo(before.key());
        assertThat(anotherNode().snapshot(edited).size()).isEqualTo(EVERY_KIND.size() + 1);

        jdbc.update("UPDATE presentation_snapshot SET body = ?", (Object) new byte[] {1, 2, 3});
        assertThat(anotherNode().snapshot(edited).size()).isEqualTo(EVERY_KIND.size() + 1);
        assertThat(snapshots.find(edited.key())).as("stored anew").isPresent();
    }

    @Test
    void aSnapshotThatCannotBeStoredIsShownAllTheSame() {
        // as when two screens reloading in the same second deadlock on storing it (seen in PresentationRestartIT)
        Presentation presentation = presentation(2026, SLIDES);
        jdbc.execute("RENAME TABLE presentation_snapshot TO presentation_snapshot_away");
        try {
            assertThat(presentations.refresh(presentation).size()).isEqualTo(1 + 34);
        } finally {
            jdbc.execute("RENAME TABLE presentation_snapshot_away TO presentation_snapshot");
        }
    }

    @Test
    void aSlowNodesOlderSnapshotNeverReplacesANewerOne() {
        Presentation presentation = presentation(2026, SLIDES);
        Snapshot newer = presentations.refresh(presentation);
        snapshots.save(
                presentation.key(), new Snapshot(newer.deck(), newer.takenAt().minusSeconds(60), newer.slides()));
        assertThat(snapshots.takenAt(presentation.key())).contains(newer.takenAt());
        assertThat(snapshots.find(presentation.key()).orElseThrow().takenAt()).isEqualTo(newer.takenAt());
    }

    /** A PresentationService of a node that shares the database and nothing else. */
    private PresentationService anotherNode() {
        return new PresentationService(indicators, alerts, targets, units, clock, snapshots);
    }

    /** The nation's festival sites of 2026 change by 1,000 while {@code check} runs. */
    private void changeFestivalSites(Runnable check) {
        Long source = jdbc.queryForObject("SELECT MIN(id) FROM data_source", Long.class);
        jdbc.update(
                "INSERT INTO indicator_value (indicator_code, unit_id, source_id, period_start, period_end, numerator) "
                        + "VALUES ('FESTIVAL_SITES', 1, ?, '2026-01-01', '2026-12-31', 1000000)",
                source);
        try {
            check.run();
        } finally {
            jdbc.update(
                    "DELETE FROM indicator_value WHERE indicator_code = 'FESTIVAL_SITES' AND unit_id = 1 AND period_start = '2026-01-01'");
        }
    }

    @Test
    void aSpotlightOnEveryProvinceFollowsTheStructureShown() {
        assertThat(presentations
                        .deck(presentation(2024, SLIDES).withStructure(Structure.REPORTED))
                        .size())
                .isEqualTo(1 + 63);
        assertThat(presentations.deck(presentation(2024, SLIDES)).size())
                .as("today's structure, the default")
                .isEqualTo(1 + 34);
        Deck after = presentations.deck(presentation(2025, SLIDES).withStructure(Structure.REPORTED));
        assertThat(after.size()).isEqualTo(1 + 34);
        assertThat(after.slides().stream()
                        .skip(1)
                        .map(Slide::province)
                        .map(AdminUnit::getCode)
                        .distinct())
                .hasSize(34);
    }

    @Test
    void aMapOf2020OnTodaysStructureShowsTheThirtyFourProvincesRestatedAndAsReportedTheSixtyThree() {
        List<SlideSpec> map = List.of(SlideSpec.of(SlideKind.NATIONAL_MAP, Indicator.FESTIVAL_SITES));

        SlideData.Provinces today = (SlideData.Provinces)
                presentations.refresh(presentation(2020, map)).get(0);
        SlideData.Provinces reported = (SlideData.Provinces) presentations
                .refresh(presentation(2020, map).withStructure(Structure.REPORTED))
                .get(0);

        assertThat(today.provinces()).hasSize(34);
        assertThat(today.layer()).isEqualTo(MapLayer.provinces(Era.PROVINCES_34));
        assertThat(today.slide().restated()).isTrue();
        assertThat(reported.provinces()).hasSize(63);
        assertThat(reported.layer()).isEqualTo(MapLayer.provinces(Era.PROVINCES_63));
        assertThat(today.provinces().stream()
                        .mapToLong(f -> f.numerator() == null ? 0 : f.numerator())
                        .sum())
                .isEqualTo(reported.provinces().stream()
                        .mapToLong(f -> f.numerator() == null ? 0 : f.numerator())
                        .sum());
    }

    @Test
    void provincesOfTheOtherStructureAreReportedNotShown() {
        // Thái Bình (34) merged into Hưng Yên (33) on 01/07/2025: no spotlight on it in 2026.
        Deck deck = presentations.deck(
                presentation(2026, List.of(new SlideSpec(SlideKind.SPOTLIGHT, Indicator.MODELS, List.of("33", "34")))));
        assertThat(deck.unknownProvinces()).containsExactly("34");
        assertThat(deck.slides()).extracting(s -> s.province().getCode()).containsExactly("33");
    }

    @Test
    void aSnapshotStaysFrozenWhenFiguresChangeUntilItIsRefreshed() {
        Presentation presentation = presentation(2026, SLIDES);
        Snapshot before = presentations.refresh(presentation);
        long sitesBefore = festival(before).sites().numerator();
        Long source = jdbc.queryForObject("SELECT MIN(id) FROM data_source", Long.class);
        jdbc.update(
                "INSERT INTO indicator_value (indicator_code, unit_id, source_id, period_start, period_end, numerator) "
                        + "VALUES ('FESTIVAL_SITES', 1, ?, '2026-01-01', '2026-12-31', ?)",
                source,
                sitesBefore + 1000);
        try {
            Snapshot shared = presentations.snapshot(presentation);
            assertThat(shared).isSameAs(before);
            assertThat(festival(shared).sites().numerator()).isEqualTo(sitesBefore);

            Snapshot after = presentations.refresh(presentation);
            assertThat(festival(after).sites().numerator()).isEqualTo(sitesBefore + 1000);
            assertThat(after.takenAt()).isAfterOrEqualTo(before.takenAt());
            assertThat(presentations.snapshot(presentation)).isSameAs(after);
            assertThat(presentations.refreshIfOlder(presentation, after.takenAt()))
                    .isSameAs(after);
            assertThat(presentations.refreshIfOlder(
                            presentation, after.takenAt().plusSeconds(1)))
                    .isNotSameAs(after);
        } finally {
            jdbc.update(
                    "DELETE FROM indicator_value WHERE indicator_code = 'FESTIVAL_SITES' AND unit_id = 1 AND period_start = '2026-01-01'");
        }
    }

    @Test
    void aSpotlightRanksItsProvinceAmongTheOnesWithData() {
        Snapshot snapshot = presentations.refresh(presentation(2025, SLIDES));
        List<SlideData.Spotlight> spotlights = snapshot.slides().stream()
                .skip(1)
                .map(SlideData.Spotlight.class::cast)
                .toList();

        assertThat(spotlights)
                .hasSize(34)
                .allSatisfy(s -> assertThat(s.rank()).isBetween(1, 34))
                .allSatisfy(s -> assertThat(s.ranked()).isEqualTo(34));
        for (SlideData.Spotlight a : spotlights) {
            for (SlideData.Spotlight b : spotlights) {
                int byValue = b.figure().value().compareTo(a.figure().value());
                assertThat(Integer.signum(Integer.compare(a.rank(), b.rank())))
                        .as("%s against %s", a.province(), b.province())
                        .isEqualTo(Integer.signum(byValue));
            }
        }
        SlideData.Spotlight first =
                spotlights.stream().filter(s -> s.rank() == 1).findFirst().orElseThrow();
        assertThat(spotlights)
                .allSatisfy(s -> assertThat(s.figure().value())
                        .isLessThanOrEqualTo(first.figure().value()));
        assertThat(first.children())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.unit().getParentId())
                        .isEqualTo(first.province().getId()));
    }

    private static SlideData.Festival festival(Snapshot snapshot) {
        return (SlideData.Festival) snapshot.get(0);
    }

    private static Presentation presentation(int year, List<SlideSpec> slides) {
        return new Presentation("test", slides, year, Duration.ofSeconds(20), null, null);
    }
}
