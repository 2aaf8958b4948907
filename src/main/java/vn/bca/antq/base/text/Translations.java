package vn.bca.antq.base.text;

/**
 * The texts of {@code vaadin-i18n/translations_*.properties} for code that runs outside a page (files, reports,
 * checks): the same provider and rules as {@code getTranslation} in a view, keys named after what they name (e.g.
 * {@code indicator.<code>}).
 */
public final class Translations {

    private static final TranslationProvider PROVIDER = new TranslationProvider();

    private Translations() {}

    public static String get(Language language, String key, Object... params) {
        return PROVIDER.getTranslation(key, language.locale(), params);
    }
}
