package vn.bca.antq.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import vn.bca.antq.base.text.ExplainedException;

/** What went wrong, for the user: a refused file or step in its own words, anything unexpected without details. */
final class Messages {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    private Messages() {
    }

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

    static void show(Component host, Throwable error) {
        Notification notification = Notification.show(of(host, error), 10_000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    static void done(String text) {
        Notification.show(text, 5_000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
    }

    /** A refusal of the page itself (not of the file's content), by its translation key. */
    static final class Refused extends ExplainedException {
        Refused(String messageKey) {
            super(messageKey);
        }
    }
}
