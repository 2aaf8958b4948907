package vn.bca.antq.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import vn.bca.antq.base.text.Language;

/**
 * The language a page shows. The choice is kept in the Vaadin session, so it survives navigation and page reloads
 * until the session ends; Vietnamese when none was made.
 */
public final class UiLanguage {

    private UiLanguage() {}

    /** The language of the current UI (Vietnamese outside a UI). */
    public static Language current() {
        UI ui = UI.getCurrent();
        return ui == null ? Language.VI : Language.of(ui.getLocale());
    }

    /** The language chosen in this session, Vietnamese if none was chosen. */
    static Language of(VaadinSession session) {
        Language chosen = session.getAttribute(Language.class);
        return chosen == null ? Language.VI : chosen;
    }

    /** Remembers the choice in the session and re-renders the current page (layout and view) in it. */
    public static void choose(UI ui, Language language) {
        ui.getSession().setAttribute(Language.class, language);
        ui.setLocale(language.locale());
        ui.refreshCurrentRoute(true);
    }
}
