package vn.bca.antq.presentation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often presentation screens are told the time ({@code tick}: slides move on, clocks and daily refreshes follow
 * it), and how often this node's presentation rooms are synchronised with the other nodes' ({@code roomsSync}); 0:
 * never (tests do it by hand).
 */
@ConfigurationProperties("antq.presentation")
public record PresentationSettings(
        @DefaultValue("500ms") Duration tick,
        @DefaultValue("1s") Duration roomsSync) {

    public PresentationSettings {
        if (tick.isNegative() || roomsSync.isNegative()) {
            throw new IllegalArgumentException(
                    "antq.presentation.tick and rooms-sync must not be negative, not " + tick + ", " + roomsSync);
        }
    }
}
