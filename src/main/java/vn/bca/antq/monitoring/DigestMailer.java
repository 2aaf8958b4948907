package vn.bca.antq.monitoring;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.base.db.ClusterLock;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.base.text.Translations;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.security.RunAs;

/**
 * Sends the digests that are due at 07:00 Vietnam time (daily ones every morning, weekly ones on Mondays): each
 * subscriber's open alerts, read with the subscriber's own rights, in the subscriber's language, newest marked, with a
 * link to the alerts page. Nothing without an SMTP server, and nothing to a subscriber without open alerts.
 */
@Component
public class DigestMailer {

    /** The most alerts one digest lists; the link shows the rest. */
    static final int MOST_LINES = 50;

    private static final Logger log = LoggerFactory.getLogger(DigestMailer.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration SENDING_LOCK = Duration.ofMinutes(30);

    private final Digests digests;
    private final AlertService alerts;
    private final AdministrativeUnits units;
    private final RunAs runAs;
    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final ClusterLock locks;
    private final boolean background;

    DigestMailer(
            Digests digests,
            AlertService alerts,
            AdministrativeUnits units,
            RunAs runAs,
            MailSettings settings,
            ObjectProvider<JavaMailSender> mail,
            Clock clock,
            ClusterLock locks,
            MonitoringSettings monitoring) {
        this.digests = digests;
        this.alerts = alerts;
        this.units = units;
        this.runAs = runAs;
        this.settings = settings;
        this.mail = mail;
        this.clock = clock;
        this.locks = locks;
        this.background = monitoring.background();
    }

    @Scheduled(cron = "0 0 7 * * *", zone = "Asia/Ho_Chi_Minh")
    void morning() {
        JavaMailSender sender = mail.getIfAvailable();
        if (background && sender != null) {
            sendOnceForCluster(sender)
                    .ifPresentOrElse(
                            sent -> log.info("Alert digests sent: {}", sent),
                            () -> log.info("Alert digests left to the node that holds the lock"));
        }
    }

    /**
     * {@link #sendDue} on one node of a cluster only (every node's timer fires at 07:00): empty when another node holds
     * the lock; the lock outlives the sending, so that a node whose timer fires a little later does not send again.
     */
    Optional<Integer> sendOnceForCluster(JavaMailSender sender) {
        return locks.runIfFree("digest", SENDING_LOCK, SENDING_LOCK, () -> sendDue(sender));
    }

    /** Sends every digest due now through the sender; returns how many were sent. */
    public int sendDue(JavaMailSender sender) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(VIETNAM).toLocalDate();
        Instant startOfToday = today.atStartOfDay(VIETNAM).toInstant();
        int sent = 0;
        for (DigestSubscription subscription : digests.all()) {
            boolean dueToday =
                    subscription.frequency() == DigestFrequency.DAILY || today.getDayOfWeek() == DayOfWeek.MONDAY;
            boolean notYet = subscription.lastSentAt() == null
                    || subscription.lastSentAt().isBefore(startOfToday);
            if (dueToday && notYet && send(sender, subscription, today.getYear(), now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, DigestSubscription subscription, int year, Instant now) {
        Optional<List<Alert>> open =
                runAs.call(subscription.username(), () -> alerts.alerts(Math.min(year, Years.LAST), false));
        if (open.isEmpty() || open.get().isEmpty()) {
            return false;
        }
        SimpleMailMessage message = message(subscription, open.get());
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("The digest of {} could not be sent: {}", subscription.username(), e.toString());
            return false;
        }
        digests.sent(subscription.username(), now);
        return true;
    }

    SimpleMailMessage message(DigestSubscription subscription, List<Alert> open) {
        Language language = subscription.language();
        Instant since = subscription.lastSentAt();
        long fresh = open.stream()
                .filter(a -> since == null || a.openedAt().isAfter(since))
                .count();
        StringBuilder text = new StringBuilder(
                Translations.get(language, "digest.intro", Format.number(open.size()), Format.number(fresh)));
        text.append("\n\n");
        for (Alert alert : open.stream().limit(MOST_LINES).toList()) {
            boolean isNew = since == null || alert.openedAt().isAfter(since);
            text.append(isNew ? "* " : "- ")
                    .append(units.byId(alert.unitId())
                            .map(u -> language.pick(u.getName(), u.getNameEn()))
                            .orElse("—"))
                    .append(" — ")
                    .append(AlertText.rule(alert, language))
                    .append(" — ")
                    .append(AlertText.subject(alert, language))
                    .append(": ")
                    .append(AlertText.detail(alert, language))
                    .append('\n');
        }
        if (open.size() > MOST_LINES) {
            text.append(Translations.get(language, "digest.more", Format.number(open.size() - MOST_LINES)))
                    .append('\n');
        }
        text.append('\n')
                .append(Translations.get(language, "digest.new-marked"))
                .append('\n')
                .append(Translations.get(language, "digest.link", settings.baseUrl() + "/alerts"))
                .append("\n\n")
                .append(Translations.get(language, "digest.unsubscribe"));
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(subscription.email());
        message.setSubject(
                Translations.get(language, "digest.subject", Format.number(open.size()), Format.number(fresh)));
        message.setText(text.toString());
        return message;
    }
}
