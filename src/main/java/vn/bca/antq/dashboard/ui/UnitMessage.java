package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import vn.bca.antq.dashboard.ui.Breadcrumbs.Crumb;

/** A message in place of a unit's figures (unknown code, changed unit, no data), with router links onward. */
final class UnitMessage extends Div {

    UnitMessage(String id, String text, List<Crumb> links) {
        setId(id);
        addClassName("unit-message");
        add(new Paragraph(text));
        for (Crumb link : links) {
            Anchor anchor = new Anchor(link.href() == null ? "" : link.href(), link.label());
            anchor.getElement().setAttribute("router-link", true);
            anchor.addClassName("unit-link");
            add(new Div(anchor));
        }
    }
}
