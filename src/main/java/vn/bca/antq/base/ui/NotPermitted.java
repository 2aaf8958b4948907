package vn.bca.antq.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page shown instead of data the user may not see, whether the view's access annotation or a service's method
 * security refused it: "not permitted" in Vietnamese and English, nothing else.
 */
final class NotPermitted {

    private NotPermitted() {}

    static int show(Main view, BeforeEnterEvent event) {
        String path = "/" + event.getLocation().getPath();
        Anchor back = new Anchor("", Bilingual.text(view, "not-found.back"));
        back.getElement().setAttribute("router-link", true);
        view.removeAll();
        view.setId("not-permitted");
        view.add(
                new H2(Bilingual.text(view, "denied.title")),
                new Paragraph(Bilingual.vi(view, "denied.text", path)),
                new Paragraph(Bilingual.en(view, "denied.text", path)),
                back);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
