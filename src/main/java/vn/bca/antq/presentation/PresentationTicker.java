package vn.bca.antq.presentation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One thread that tells every open presentation screen the time, twice a second ({@code antq.presentation.tick}):
 * screens move on, refresh and update their clock from it, so a hall full of screens costs no thread per screen.
 * A tick of 0 stops the thread (tests tick by hand).
 */
@Component
public class PresentationTicker implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(PresentationTicker.class);

    private final Set<Consumer<Instant>> screens = ConcurrentHashMap.newKeySet();
    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "presentation-ticker");
        thread.setDaemon(true);
        return thread;
    });

    PresentationTicker(Clock clock, PresentationSettings settings) {
        this.clock = clock;
        Duration tick = settings.tick();
        if (!tick.isZero()) {
            executor.scheduleAtFixedRate(this::tick, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Registers a screen; the returned action unregisters it (call it when the screen closes). */
    public Runnable add(Consumer<Instant> screen) {
        screens.add(screen);
        return () -> screens.remove(screen);
    }

    public int screens() {
        return screens.size();
    }

    /** Tells every screen the time now; one screen's failure does not stop the others. */
    public void tick() {
        Instant now = clock.instant();
        for (Consumer<Instant> screen : screens) {
            try {
                screen.accept(now);
            } catch (RuntimeException e) {
                LOG.warn("A presentation screen failed to tick", e);
            }
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
