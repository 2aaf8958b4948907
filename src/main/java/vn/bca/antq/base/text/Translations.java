package vn.bca.antq.base.text;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;

/**
 * The texts of {@code vaadin-i18n/translations*.properties} read by Vaadin's own provider, for code that runs outside
 * a page (files, reports, checks): the same files and rules as {@code getTranslation} in a view, keys named after
 * what they name (e.g. {@code indicator.<code>}).
 */
public final class Translations {

    private static final I18NProvider PROVIDER = new DefaultI18NProvider(
            Arrays.stream(Language.values()).map(Language::locale).toList());

    private Translations() {}

    public static String get(Language language, String key, Object... params) {
        return PROVIDER.getTranslation(key, language.locale(), params);
    }
}
