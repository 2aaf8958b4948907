package vn.bca.antq.base.text;

import java.util.Locale;

/**
 * The UI languages: Vietnamese (the default) and English. Which one a page shows is the UI's business
 * ({@code base.ui.UiLanguage}); this knows only the languages themselves.
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

    /** The translation key of the language's own name, for the language switch. */
    public String labelKey() {
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
}
