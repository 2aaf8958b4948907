package vn.bca.antq.presentation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.AdjustableClock;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.base.ui.chart.ApexChart;
import vn.bca.antq.base.ui.map.ChoroplethMap;
import vn.bca.antq.presentation.PresentationRooms;
import vn.bca.antq.presentation.PresentationTicker;
import vn.bca.antq.security.Role;

class PresentationViewTest extends KaribuTest {

    private static final String SLIDES =
            "map:coverage-communes,ranking:festival-sites,trend:coverage-communes,coverage,festival,"
                    + "spotlight:coverage-communes:01.79";

    @Autowired
    private PresentationTicker ticker;

    @Autowired
    private PresentationRooms rooms;

    @Autowired
    private AdjustableClock clock;

    @Test
    void showsTheFirstSlideFullScreenWithTitlePositionClockAndSnapshotTime() {
        open(Map.of("slides", SLIDES, "year", "2025"));

        assertThat(attribute("data-slide")).isEqualTo("1");
        assertThat(attribute("data-slides")).isEqualTo("7");
        assertThat(attribute("data-kind")).isEqualTo("map");
        assertThat(text("present-title"))
                .isEqualTo("Số liệu mô phỏng · Xã, phường, thị trấn đạt chuẩn “An toàn về ANTT” – năm 2025"
                        .replace(
                                "Xã, phường, thị trấn đạt chuẩn “An toàn về ANTT”",
                                vn.bca.antq.indicator.Indicator.COVERAGE_COMMUNES.name(Language.VI)));
        assertThat(text("present-position")).isEqualTo("1/7");
        assertThat(text("present-clock")).matches("\\d\\d:\\d\\d");
        assertThat(text("present-as-of")).matches("Số liệu tại \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}");
        ChoroplethMap map = _get(ChoroplethMap.class);
        assertThat(map.getLayer()).contains("provinces-34");
        assertThat(map.getData()).hasSize(34);
        assertThat(map.getLegend().title()).startsWith("Số liệu mô phỏng · ");
        assertThat(_find(com.vaadin.flow.component.applayout.AppLayout.class)).isEmpty();
    }

    @Test
    void theArrowKeysMoveThroughTheSlidesAndWrapAround() {
        open(Map.of("slides", SLIDES));

        fireShortcut(Key.ARROW_RIGHT);
        assertThat(attribute("data-kind")).isEqualTo("ranking");
        assertThat(text("present-position")).isEqualTo("2/7");
        assertThat(_get(ApexChart.class).getOptions().categories()).hasSize(20);
        fireShortcut(Key.ARROW_LEFT);
        fireShortcut(Key.ARROW_LEFT);
        assertThat(text("present-position")).isEqualTo("7/7");
        assertThat(attribute("data-kind")).isEqualTo("spotlight");
        assertThat(text("present-title")).matches("(Có số liệu|Số liệu) mô phỏng · Thành phố Hồ Chí Minh.*");
    }

    @Test
    void everyKindOfSlideDrawsItsFigures() {
        open(Map.of("slides", SLIDES, "year", "2022"));

        for (String kind : new String[] {"map", "ranking", "trend", "coverage", "festival", "spotlight", "spotlight"}) {
            assertThat(attribute("data-kind")).isEqualTo(kind);
            assertThat(Stream.concat(_find(ApexChart.class).stream(), _find(ChoroplethMap.class).stream()))
                    .isNotEmpty();
            fireShortcut(Key.ARROW_RIGHT);
        }
        assertThat(attribute("data-slide")).isEqualTo("1");
    }

    @Test
    void theFestivalSlideShowsTheSeedArticlesFiguresOf2022() {
        open(Map.of("slides", "festival", "year", "2022"));

        assertThat(_get(view(), com.vaadin.flow.component.html.Div.class, spec -> spec.withId("present-slide"))
                        .getElement()
                        .getTextRecursively())
                .contains("5.813")
                .contains("28");
        assertThat(text("present-title"))
                .as("the seed's national totals beside synthetic provinces, restated")
                .isEqualTo(
                        "Có số liệu mô phỏng · Ngày hội toàn dân bảo vệ ANTQ (19/8) – năm 2022 (tính lại theo 34 tỉnh, thành phố hiện nay)");
    }

    @Test
    void slidesMoveOnByThemselvesButNotWhilePaused() {
        open(Map.of("slides", SLIDES, "interval", "10"));
        PresentationView view = view();

        view.tick(Instant.now().plusSeconds(5));
        assertThat(attribute("data-slide")).isEqualTo("1");
        view.tick(Instant.now().plusSeconds(11));
        assertThat(attribute("data-slide")).isEqualTo("2");

        fireShortcut(Key.SPACE);
        assertThat(attribute("data-paused")).isEqualTo("true");
        assertThat(text("present-status")).isEqualTo("Tạm dừng");
        view.tick(Instant.now().plusSeconds(100));
        assertThat(attribute("data-slide")).isEqualTo("2");

        fireShortcut(Key.SPACE);
        assertThat(attribute("data-paused")).isEqualTo("false");
        view.tick(Instant.now().plusSeconds(11));
        assertThat(attribute("data-slide")).isEqualTo("3");
    }

    @Test
    void theSharedTickerReachesTheScreenAndForgetsItWhenItCloses() {
        int before = ticker.screens();
        open(Map.of("slides", SLIDES, "interval", "5"));
        assertThat(ticker.screens()).isEqualTo(before + 1);

        UI.getCurrent().navigate("");
        assertThat(ticker.screens()).isEqualTo(before);
    }

    @Test
    void aLongSessionKeepsTheSameNumberOfComponents() {
        open(Map.of("slides", SLIDES));
        for (int i = 0; i < 14; i++) {
            fireShortcut(Key.ARROW_RIGHT);
        }
        long afterTwoRounds = components(UI.getCurrent());

        for (int i = 0; i < 700; i++) {
            fireShortcut(Key.ARROW_RIGHT);
        }

        assertThat(attribute("data-slide")).isEqualTo("1");
        assertThat(components(UI.getCurrent())).isEqualTo(afterTwoRounds);
    }

    @Test
    void theControlBarPausesMovesAndRefreshesTheFigures() {
        open(Map.of("slides", SLIDES));
        String takenAt = attribute("data-taken-at");

        _click(_get(Span.class, spec -> spec.withId("present-next")));
        assertThat(attribute("data-slide")).isEqualTo("2");
        _click(_get(Span.class, spec -> spec.withId("present-previous")));
        assertThat(attribute("data-slide")).isEqualTo("1");
        _click(_get(Span.class, spec -> spec.withId("present-pause")));
        assertThat(attribute("data-paused")).isEqualTo("true");
        clock.advance(Duration.ofMinutes(1));
        try {
            _click(_get(Span.class, spec -> spec.withId("present-refresh")));
        } finally {
            clock.reset();
        }
        assertThat(Instant.parse(attribute("data-taken-at")))
                .isAfterOrEqualTo(Instant.parse(takenAt).plus(Duration.ofMinutes(1)));
        assertThat(attribute("data-slide")).isEqualTo("1");
    }

    @Test
    void escapeLeavesForTheDashboard() {
        open(Map.of("slides", SLIDES));

        fireShortcut(Key.ESCAPE);

        assertThat(_find(PresentationView.class)).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEmpty();
    }

    @Test
    void startsAtTheAddressesPositionPaused() {
        open(Map.of("slides", SLIDES, "slide", "4", "paused", "true"));

        assertThat(attribute("data-slide")).isEqualTo("4");
        assertThat(attribute("data-kind")).isEqualTo("coverage");
        assertThat(attribute("data-paused")).isEqualTo("true");
    }

    @Test
    void aScreenFollowsThePresenterOfItsPresentationAndDoesNotMoveOnByItself() {
        open(Map.of("slides", SLIDES, "year", "2025", "interval", "5"));
        PresentationView view = view();
        String room = "2025@" + SLIDES;
        Object presenter = new Object();
        Runnable leave = rooms.lead(room, presenter);
        try {
            rooms.show(room, 4);
            MockVaadin.clientRoundtrip(false);
            assertThat(attribute("data-slide")).isEqualTo("5");

            view.tick(Instant.now().plusSeconds(60));
            assertThat(attribute("data-slide")).isEqualTo("5");
        } finally {
            leave.run();
        }
        view.tick(Instant.now().plusSeconds(60));
        assertThat(attribute("data-slide")).isEqualTo("6");
    }

    @Test
    void onlyAnAccountWithTheRightLeadsWithPresenterTrue() {
        String room = "2025@" + SLIDES;
        open(Map.of("slides", SLIDES, "year", "2025", "presenter", "true"));
        assertThat(rooms.isLed(room)).as("LEADERSHIP leads").isTrue();
        UI.getCurrent().navigate("");
        assertThat(rooms.isLed(room)).as("no longer led once the window leaves").isFalse();

        signIn(Role.PRESENTER, null);
        open(Map.of("slides", SLIDES, "year", "2025", "presenter", "true"));
        assertThat(rooms.isLed(room))
                .as("a presenter account without the right, or a screen, follows")
                .isFalse();
    }

    @Test
    void withoutParametersTheStoredConferencePlaylistShowsEveryProvinceInTurn() {
        UI.getCurrent().navigate("present");

        assertThat(attribute("data-slides")).isEqualTo("41");
        assertThat(text("present-position")).isEqualTo("1/41");
    }

    @Test
    void aMapOfAYearBeforeTheReformSaysItIsRestatedOnTodaysProvincesUnlessAskedAsReported() {
        open(Map.of("slides", "map:festival-sites", "year", "2020"));
        assertThat(text("present-title")).endsWith("(tính lại theo 34 tỉnh, thành phố hiện nay)");

        open(Map.of("slides", "map:festival-sites", "year", "2020", "structure", "reported"));
        assertThat(text("present-title")).doesNotContain("tính lại").endsWith("năm 2020");
    }

    @Test
    void aWrongAddressGetsAMessageInsteadOfSlides() {
        open(Map.of("slides", "map,pie"));
        assertThat(problem()).contains("Danh sách trang chiếu “map,pie” không hợp lệ");

        open(Map.of("slides", SLIDES, "year", "1999"));
        assertThat(problem()).contains("Năm phải từ 2019 đến 2026.");

        open(Map.of("slides", SLIDES, "refresh", "25:99"));
        assertThat(problem()).contains("Giờ cập nhật “25:99” không hợp lệ");

        open(Map.of("slides", SLIDES, "structure", "cu"));
        assertThat(problem()).contains("Cơ cấu “cu” không có; hãy viết structure=current");

        open(Map.of("slides", "spotlight:models:36", "year", "2020"));
        assertThat(problem()).contains("Không có tỉnh, thành phố mã 36 trong 34 tỉnh, thành phố hiện nay");

        open(Map.of("slides", "spotlight:models:99"));
        assertThat(problem()).contains("99");
        assertThat(_find(PresentationView.class).getFirst().getElement().hasAttribute("data-slide"))
                .isFalse();
    }

    private static void open(Map<String, String> parameters) {
        UI.getCurrent().navigate("present", QueryParameters.simple(parameters));
    }

    private static PresentationView view() {
        return _get(PresentationView.class);
    }

    private static String attribute(String name) {
        return view().getElement().getAttribute(name);
    }

    private static String text(String id) {
        return _get(view(), Component.class, spec -> spec.withId(id))
                .getElement()
                .getText();
    }

    private static String problem() {
        return _get(view(), Component.class, spec -> spec.withId("present-problem"))
                .getElement()
                .getTextRecursively();
    }

    private static long components(Component root) {
        return 1
                + root.getChildren().mapToLong(PresentationViewTest::components).sum();
    }
}
