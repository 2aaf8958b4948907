package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.indicator.Indicator;

/**
 * A part of a page's address that was not understood, as a message key and its arguments ("the year “abc” is not
 * valid, showing 2025"). The page shows what it fell back to and tells the user in Vietnamese and English.
 */
record AddressProblem(String key, List<Text> arguments) {

    /** An argument in both languages (an indicator's name), or the same in both (a year, what the user typed). */
    record Text(String vietnamese, String english) {

        static Text of(Object value) {
            return new Text(String.valueOf(value), String.valueOf(value));
        }

        static Text of(Indicator indicator) {
            return new Text(indicator.name(Language.VI), indicator.name(Language.EN));
        }

        /** What the user typed, cut short: an address can hold anything. */
        static Text typed(String text) {
            return of(text.length() > 24 ? text.substring(0, 24) + "…" : text);
        }

        String in(Language language) {
            return language.pick(vietnamese, english);
        }
    }

    static AddressProblem of(String key, Text... arguments) {
        return new AddressProblem(key, List.of(arguments));
    }

    /** Each problem as a warning, Vietnamese first and English after it. */
    static void tell(Component host, List<AddressProblem> problems) {
        for (AddressProblem problem : problems) {
            Notification notification = Notification.show(
                    problem.text(host, Language.VI) + " / " + problem.text(host, Language.EN),
                    8000,
                    Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.WARNING);
        }
    }

    String text(Component host, Language language) {
        return host.getTranslation(
                language.locale(),
                key,
                arguments.stream().map(a -> a.in(language)).toArray());
    }
}
