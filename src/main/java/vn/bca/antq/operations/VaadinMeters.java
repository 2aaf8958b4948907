package vn.bca.antq.operations;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.bca.antq.base.FactsChanged;
import vn.bca.antq.presentation.PresentationTicker;

/**
 * What the actuator cannot see by itself: open Vaadin sessions and UIs (browser tabs, conference screens among them)
 * on this node, the presentation screens among them ({@code antq_presentation_screens}), and the changes of figures
 * it made (imports, approvals: {@code antq_figures_changes_total}).
 */
@Component
class VaadinMeters implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();
    private final MeterRegistry registry;

    VaadinMeters(MeterRegistry registry, PresentationTicker screens) {
        this.registry = registry;
        Gauge.builder("antq.presentation.screens", screens, PresentationTicker::screens)
                .description("Presentation screens open on this node")
                .register(registry);
        Gauge.builder("antq.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Vaadin sessions open on this node")
                .register(registry);
        Gauge.builder("antq.vaadin.uis", uis, AtomicInteger::get)
                .description("Vaadin UIs (browser tabs and screens) open on this node")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(e -> {
            uis.incrementAndGet();
            e.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }

    /** Counted by the first word of the reason: import, approval, ... */
    @EventListener
    void figuresChanged(FactsChanged change) {
        String kind = change.why().split(" ", 2)[0];
        Counter.builder("antq.figures.changes")
                .description("Changes of the figures made on this node, by kind")
                .tag("kind", kind)
                .register(registry)
                .increment();
    }
}
