package vn.bca.antq.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import vn.bca.antq.base.text.ExplainedException;

/** What went wrong, for the user: a refused file or step in its own words, anything unexpected without details. */
final class Messages {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    private Messages() {}

    static String of(Component host, Throwable error) {
        return switch (error) {
            case ExplainedException refused -> host.getTranslation(refused.messageKey(), refused.arguments());
            case AccessDeniedException denied -> host.getTranslation("intake.denied");
            default -> {
                log.error("Data intake failed", error);
                yield host.getTranslation("intake.failed");
            }
        };
    }

    /** The refusal stays on the page until the user closes it: a long reason must not vanish while it is being read. */
    static void show(Component host, Throwable error) {
        refuse(host, of(host, error));
    }

    static void refuse(Component host, String message) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.setDuration(0);
        Span text = new Span(message);
        text.addClassName("intake-refusal");
        Button close = new Button(host.getTranslation("intake.refusal.close"), e -> notification.close());
        close.setId("intake-refusal-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_CONTRAST);
        Div content = new Div(text, close);
        content.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-m)");
        notification.add(content);
        notification.open();
    }

    static void done(String text) {
        Notification.show(text, 5_000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    /** A refusal of the page itself (not of the file's content), by its translation key. */
    static final class Refused extends ExplainedException {
        Refused(String messageKey) {
            super(messageKey);
        }
    }
}
