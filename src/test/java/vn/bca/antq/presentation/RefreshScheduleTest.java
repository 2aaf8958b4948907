package vn.bca.antq.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RefreshScheduleTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void theNextRefreshIsLaterTodayOrTomorrowInVietnamTime() {
        RefreshSchedule sixAm = new RefreshSchedule(LocalTime.of(6, 0), VIETNAM);

        // 22:30 UTC on 18/08 is 05:30 on 19/08 in Vietnam: the refresh comes half an hour later.
        assertThat(sixAm.nextAfter(Instant.parse("2026-08-18T22:30:00Z")))
                .contains(Instant.parse("2026-08-18T23:00:00Z"));
        // At 06:00 sharp the refresh of that day has happened: the next is tomorrow's.
        assertThat(sixAm.nextAfter(Instant.parse("2026-08-18T23:00:00Z")))
                .contains(Instant.parse("2026-08-19T23:00:00Z"));
    }

    @Test
    void withoutATimeThereIsNoAutomaticRefresh() {
        assertThat(new RefreshSchedule(null, VIETNAM).nextAfter(Instant.now())).isEmpty();
    }
}
