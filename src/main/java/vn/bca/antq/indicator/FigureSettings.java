package vn.bca.antq.indicator;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often at most {@link FactCache} asks the database whether facts changed outside this node's services
 * ({@code ANTQ_FIGURES_RECHECK}; 0 asks on every read, as the tests do).
 */
@ConfigurationProperties("antq.figures")
public record FigureSettings(@DefaultValue("1s") Duration recheck) {

    public FigureSettings {
        if (recheck.isNegative()) {
            throw new IllegalArgumentException("antq.figures.recheck must not be negative, not " + recheck);
        }
    }
}
