package vn.bca.antq.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown for an address that matches no page: in Vietnamese and English, with a way back to the overview. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        addClassName("error-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = "/" + event.getLocation().getPath();
        Anchor back = new Anchor("", Bilingual.text(this, "not-found.back"));
        back.getElement().setAttribute("router-link", true);
        removeAll();
        add(
                new H2(Bilingual.text(this, "not-found.title")),
                new Paragraph(Bilingual.vi(this, "not-found.text", path)),
                new Paragraph(Bilingual.en(this, "not-found.text", path)),
                back);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
