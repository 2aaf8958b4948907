package vn.bca.antq.monitoring.ui;

import com.vaadin.flow.component.html.Span;
import vn.bca.antq.monitoring.Progress;

/** A progress shown as its colour and its name (never by colour alone). */
final class ProgressBadge {

    private ProgressBadge() {}

    static Span of(Span host, Progress progress) {
        host.setText(host.getTranslation(progress.labelKey()));
        host.addClassNames("progress-badge", "progress-" + progress.name().toLowerCase(java.util.Locale.ROOT));
        host.getStyle().set("--progress-colour", progress.colour());
        return host;
    }

    static Span of(Progress progress) {
        return of(new Span(), progress);
    }
}
