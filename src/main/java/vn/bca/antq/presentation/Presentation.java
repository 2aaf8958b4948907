package vn.bca.antq.presentation;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.Structure;

/**
 * What a screen shows: slides, the year of their figures and the structure they are shown on, how long each slide
 * stays, and the time of day at which the figures are refreshed automatically (none: only by hand). {@code playlistId}
 * names the stored playlist it came from, if any.
 */
public record Presentation(
        String name,
        List<SlideSpec> slides,
        int year,
        Duration interval,
        @Nullable LocalTime refreshAt,
        @Nullable Long playlistId,
        Structure structure)
        implements Serializable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(20);
    public static final Duration SHORTEST_INTERVAL = Duration.ofSeconds(5);
    public static final Duration LONGEST_INTERVAL = Duration.ofMinutes(10);

    public Presentation {
        slides = List.copyOf(slides);
    }

    /** A presentation on today's structure (stored playlists keep no structure; an address may ask for the other). */
    public Presentation(
            String name,
            List<SlideSpec> slides,
            int year,
            Duration interval,
            @Nullable LocalTime refreshAt,
            @Nullable Long playlistId) {
        this(name, slides, year, interval, refreshAt, playlistId, Structure.DEFAULT);
    }

    public Presentation withStructure(Structure other) {
        return new Presentation(name, slides, year, interval, refreshAt, playlistId, other);
    }

    /** The screens showing the same slides of the same year and structure share one snapshot and follow the same presenter. */
    public String key() {
        String shown = year + (structure == Structure.DEFAULT ? "" : "-" + structure.code());
        return playlistId != null ? "playlist-" + playlistId + "@" + shown : shown + "@" + SlideSpec.formatList(slides);
    }

    public static boolean isAllowedInterval(Duration interval) {
        return interval.compareTo(SHORTEST_INTERVAL) >= 0 && interval.compareTo(LONGEST_INTERVAL) <= 0;
    }
}
