package vn.bca.antq.base.text;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations from {@code vaadin-i18n/translations_vi.properties} and {@code _en}: every locale is served
 * in its {@link Language}, Vietnamese unless English. Unlike Vaadin's default provider it never falls back to the
 * server's own locale, so no default {@code translations.properties} copy of one language is needed.
 */
@Component
public class TranslationProvider implements I18NProvider {

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language language = Language.of(locale);
        String text;
        try {
            text = ResourceBundle.getBundle(
                            BUNDLE, language.locale(), TranslationProvider.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return "!" + language.locale().getLanguage() + ": " + key;
        }
        return params.length == 0 ? text : new MessageFormat(text, language.locale()).format(params);
    }
}
