package vn.bca.antq.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether this start generates the demo dataset and its demo accounts (only when asked for: {@code ANTQ_DEMO_DATA=true},
 * which the README's run command and the tests set; a plain production start never has them), at what scale, and
 * whether demo targets are set into a database without targets (off in the tests, which set their own).
 */
@ConfigurationProperties("antq.demo")
public record DemoSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("1") int scale,
        @DefaultValue("true") boolean targets) {

    public DemoSettings {
        if (scale < 1 || scale > 100) {
            throw new IllegalArgumentException(
                    "antq.demo.scale (ANTQ_DEMO_SCALE) must be between 1 and 100, not " + scale);
        }
    }
}
