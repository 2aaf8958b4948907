package vn.bca.antq.presentation;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The daily time at which a presentation's figures are refreshed, in the clock's zone (Vietnam). */
public record RefreshSchedule(@Nullable LocalTime at, ZoneId zone) {

    /** The first refresh after {@code after}; none when no time is set. */
    public Optional<Instant> nextAfter(Instant after) {
        if (at == null) {
            return Optional.empty();
        }
        ZonedDateTime local = after.atZone(zone);
        ZonedDateTime today = local.with(at);
        return Optional.of((today.isAfter(local) ? today : today.plusDays(1)).toInstant());
    }
}
