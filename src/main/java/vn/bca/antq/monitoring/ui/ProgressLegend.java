package vn.bca.antq.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.bca.antq.monitoring.Progress;

/** The legend of progress: each state by colour and name, and the rule that decides them. */
final class ProgressLegend extends Div {

    ProgressLegend() {
        addClassName("progress-legend");
        Span title = new Span(getTranslation("progress.legend.title"));
        title.addClassName("progress-legend-title");
        Div states = new Div(title);
        states.addClassName("progress-legend-states");
        for (Progress progress : Progress.values()) {
            states.add(ProgressBadge.of(progress));
        }
        Paragraph rule = new Paragraph(getTranslation("progress.rule"));
        rule.addClassName("progress-legend-rule");
        add(states, rule);
    }
}
