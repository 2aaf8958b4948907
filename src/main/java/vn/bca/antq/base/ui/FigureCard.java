package vn.bca.antq.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A card showing one figure: a title, the value in large type, and short lines explaining it. */
public class FigureCard extends Div {

    private final Span value = new Span();
    private final Div details = new Div();

    public FigureCard(String title, String valueText) {
        addClassName("figure-card");
        H3 heading = new H3(title);
        heading.addClassName("figure-title");
        value.addClassName("figure-value");
        value.setText(valueText);
        details.addClassName("figure-details");
        add(heading, value, details);
    }

    /** Marks the card as having no figure (the value is then the "no data" text). */
    public FigureCard empty() {
        addClassName("figure-card--empty");
        return this;
    }

    public FigureCard detail(String text) {
        return detail(text, null);
    }

    /** A line with more on hover (e.g. a source's title and file behind its citation). */
    public FigureCard detail(String text, @Nullable String more) {
        Span line = new Span(text);
        line.addClassName("figure-detail");
        if (more != null && !more.isBlank()) {
            line.getElement().setAttribute("title", more);
        }
        details.add(line);
        return this;
    }

    public String getValueText() {
        return value.getText();
    }
}
