package vn.bca.antq.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * The UI languages. Vietnamese is the default; the choice is kept in the Vaadin session, so it survives navigation
 * and page reloads until the session ends.
 */
public enum Language {
    VI(Locale.of("vi"), "language.vi"),
    EN(Locale.ENGLISH, "language.en");

    private final Locale locale;
    private final String labelKey;

    Language(Locale locale, String labelKey) {
        this.locale = locale;
        this.labelKey = labelKey;
    }

    public Locale locale() {
        return locale;
    }

    String labelKey() {
        return labelKey;
    }

    /** Picks the text of this language, e.g. an indicator's name from the catalogue. */
    public String pick(String vietnamese, String english) {
        return this == EN ? english : vietnamese;
    }

    /** The language of a locale: English for any English locale, Vietnamese otherwise. */
    public static Language of(Locale locale) {
        return EN.locale.getLanguage().equals(locale.getLanguage()) ? EN : VI;
    }

    /** The language of the current UI (Vietnamese outside a UI). */
    public static Language current() {
        UI ui = UI.getCurrent();
        return ui == null ? VI : of(ui.getLocale());
    }

    /** The language chosen in this session, Vietnamese if none was chosen. */
    static Language of(VaadinSession session) {
        Language chosen = session.getAttribute(Language.class);
        return chosen == null ? VI : chosen;
    }

    /** Remembers the choice in the session and re-renders the current page (layout and view) in it. */
    public static void choose(UI ui, Language language) {
        ui.getSession().setAttribute(Language.class, language);
        ui.setLocale(language.locale);
        ui.refreshCurrentRoute(true);
    }
}
