package vn.bca.antq.presentation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How often presentation screens are told the time (slides move on, clocks and daily refreshes follow it); 0: never (tests). */
@ConfigurationProperties("antq.presentation")
public record PresentationSettings(@DefaultValue("500ms") Duration tick) {

    public PresentationSettings {
        if (tick.isNegative()) {
            throw new IllegalArgumentException("antq.presentation.tick must not be negative, not " + tick);
        }
    }
}
