package vn.bca.antq.base.ui;

import com.vaadin.flow.component.Component;
import vn.bca.antq.base.text.Language;

/** Texts shown in both languages at once, for pages a user may reach before choosing one (errors, not found). */
final class Bilingual {

    private Bilingual() {}

    static String text(Component component, String key, Object... params) {
        return vi(component, key, params) + " / " + en(component, key, params);
    }

    static String vi(Component component, String key, Object... params) {
        return component.getTranslation(Language.VI.locale(), key, params);
    }

    static String en(Component component, String key, Object... params) {
        return component.getTranslation(Language.EN.locale(), key, params);
    }
}
