package vn.bca.antq.presentation;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a screen shows: slides, the year of their figures, how long each slide stays, and the time of day at which
 * the figures are refreshed automatically (none: only by hand). {@code playlistId} names the stored playlist it
 * came from, if any.
 */
public record Presentation(String name, List<SlideSpec> slides, int year, Duration interval, @Nullable LocalTime refreshAt,
                           @Nullable Long playlistId) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(20);
    public static final Duration SHORTEST_INTERVAL = Duration.ofSeconds(5);
    public static final Duration LONGEST_INTERVAL = Duration.ofMinutes(10);

    public Presentation {
        slides = List.copyOf(slides);
    }

    /** The screens showing the same slides of the same year share one snapshot and follow the same presenter. */
    public String key() {
        return playlistId != null ? "playlist-" + playlistId + "@" + year : year + "@" + SlideSpec.formatList(slides);
    }

    public static boolean isAllowedInterval(Duration interval) {
        return interval.compareTo(SHORTEST_INTERVAL) >= 0 && interval.compareTo(LONGEST_INTERVAL) <= 0;
    }
}
