package vn.bca.antq.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import vn.bca.antq.base.text.ExplainedException;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.monitoring.DigestFrequency;
import vn.bca.antq.monitoring.DigestService;
import vn.bca.antq.monitoring.DigestSubscription;

/** The user's own digest: address and frequency, and whether mail can be sent at all. */
final class DigestPanel extends Div {

    private static final String NONE = "NONE";

    DigestPanel(DigestService digests) {
        setId("digest");
        addClassName("digest");
        add(new H3(getTranslation("digest.title")), new Paragraph(getTranslation("digest.help")));
        if (!digests.mailConfigured()) {
            Paragraph noMail = new Paragraph(getTranslation("digest.no-mail"));
            noMail.setId("digest-no-mail");
            noMail.addClassName("digest-no-mail");
            add(noMail);
        }
        Optional<DigestSubscription> mine = digests.mine();
        TextField email = new TextField(getTranslation("digest.email"));
        email.setId("digest-email");
        email.setWidth("20em");
        email.setValue(mine.map(DigestSubscription::email).orElse(""));
        Select<String> frequency = new Select<>();
        frequency.setId("digest-frequency");
        frequency.setLabel(getTranslation("digest.frequency"));
        frequency.setItems(NONE, DigestFrequency.DAILY.name(), DigestFrequency.WEEKLY.name());
        frequency.setItemLabelGenerator(f -> getTranslation("digest.frequency." + f));
        frequency.setValue(mine.map(s -> s.frequency().name()).orElse(NONE));
        Button save = new Button(getTranslation("digest.save"), e -> {
            try {
                if (NONE.equals(frequency.getValue())) {
                    digests.unsubscribe();
                    done(getTranslation("digest.removed"));
                } else {
                    digests.subscribe(
                            email.getValue(), DigestFrequency.valueOf(frequency.getValue()), UiLanguage.current());
                    done(getTranslation("digest.saved"));
                }
                email.setInvalid(false);
            } catch (ExplainedException refused) {
                email.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                email.setInvalid(true);
            }
        });
        save.setId("digest-save");
        Div form = new Div(email, frequency, save);
        form.addClassName("alerts-controls");
        add(form);
    }

    private static void done(String text) {
        Notification.show(text, 4_000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }
}
