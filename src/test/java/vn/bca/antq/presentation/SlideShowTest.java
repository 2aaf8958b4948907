package vn.bca.antq.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlideShowTest {

    private static final Instant START = Instant.parse("2026-08-19T01:00:00Z");
    private static final Duration INTERVAL = Duration.ofSeconds(20);

    @Test
    void movesOnWhenTheIntervalRunsOutAndWrapsAround() {
        SlideShow show = new SlideShow(3, INTERVAL, 0, false, START);

        assertThat(show.tick(START.plusSeconds(19))).isFalse();
        assertThat(show.tick(START.plusSeconds(20))).isTrue();
        assertThat(show.index()).isEqualTo(1);
        assertThat(show.tick(START.plusSeconds(39))).isFalse();
        show.tick(START.plusSeconds(40));
        show.tick(START.plusSeconds(60));
        assertThat(show.index()).isZero();
    }

    @Test
    void aManualMoveGivesTheSlideAWholeInterval() {
        SlideShow show = new SlideShow(5, INTERVAL, 2, false, START);

        show.previous(START.plusSeconds(15));
        assertThat(show.index()).isEqualTo(1);
        assertThat(show.tick(START.plusSeconds(25))).isFalse();
        assertThat(show.tick(START.plusSeconds(35))).isTrue();
        show.goTo(-1, START);
        assertThat(show.index()).isEqualTo(4);
    }

    @Test
    void aLateTickDoesNotDelayTheSlidesAfterIt() {
        SlideShow show = new SlideShow(10, INTERVAL, 0, false, START);

        assertThat(show.tick(START.plusMillis(20_900))).isTrue();
        assertThat(show.tick(START.plusMillis(39_999))).isFalse();
        assertThat(show.tick(START.plusSeconds(40))).isTrue();
        assertThat(show.index()).isEqualTo(2);
    }

    @Test
    void aShowThatFellFarBehindStartsAfreshFromNow() {
        SlideShow show = new SlideShow(10, INTERVAL, 0, false, START);

        assertThat(show.tick(START.plusSeconds(300))).isTrue();
        assertThat(show.index()).isEqualTo(1);
        assertThat(show.nextChangeAt()).isEqualTo(START.plusSeconds(320));
    }

    @Test
    void aPausedShowStaysAndResumesWithAWholeInterval() {
        SlideShow show = new SlideShow(3, INTERVAL, 0, true, START);

        assertThat(show.tick(START.plusSeconds(600))).isFalse();
        show.setPaused(false, START.plusSeconds(600));
        assertThat(show.tick(START.plusSeconds(610))).isFalse();
        assertThat(show.tick(START.plusSeconds(620))).isTrue();
        assertThat(show.index()).isEqualTo(1);
    }

    @Test
    void aStartPositionBeyondTheEndWraps() {
        assertThat(new SlideShow(4, INTERVAL, 9, false, START).index()).isEqualTo(1);
    }
}
