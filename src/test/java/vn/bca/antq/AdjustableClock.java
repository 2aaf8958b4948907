package vn.bca.antq;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: Vietnam's system clock, moved forward when a test needs time to pass
 * (instead of sleeping). A test that moves it puts it back with {@link #reset()}, since all tests share the context.
 */
public final class AdjustableClock extends Clock {

    private final Clock system;
    private volatile Duration offset = Duration.ZERO;

    private AdjustableClock(Clock system) {
        this.system = system;
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @Primary
        AdjustableClock adjustableClock() {
            return new AdjustableClock(Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
        }
    }
}
