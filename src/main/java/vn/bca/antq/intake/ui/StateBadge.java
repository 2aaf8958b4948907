package vn.bca.antq.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import vn.bca.antq.intake.SubmissionState;

/** A submission's state as a coloured word: grey nothing yet, blue draft, amber waiting, red returned, green approved. */
final class StateBadge {

    private StateBadge() {}

    static Span of(Component host, SubmissionState state) {
        Span badge = new Span(host.getTranslation("intake.state." + state.name()));
        badge.addClassNames("intake-badge", "intake-badge--" + state.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
