package vn.bca.antq.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.bca.antq.monitoring.Monitored.HUNG_YEN;
import static vn.bca.antq.monitoring.Monitored.run;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.bca.antq.AdjustableClock;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.security.Role;
import vn.bca.antq.security.RunAs;

/** Digests through a real SMTP server in this JVM (GreenMail): who gets what, in which language, and how often. */
@IntegrationTest
class DigestMailerTest {

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final JavaMailSenderImpl sender = new JavaMailSenderImpl();

    @Autowired
    DigestMailer mailer;

    @Autowired
    RunAs runAs;

    @Autowired
    DigestService digests;

    @Autowired
    TargetService targets;

    @Autowired
    AlertJob job;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    AdjustableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startSmtp() {
        smtp.start();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
    }

    @AfterEach
    void stop() {
        smtp.stop();
        Monitored.clear(jdbc);
        jdbc.update("UPDATE shedlock SET lock_until = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND");
        clock.reset();
    }

    @Test
    void anOfficerSubscribedInVietnameseReceivesItsProvincesAlertsOnceADay() throws Exception {
        AdminUnit hungYen =
                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, HUNG_YEN).orElseThrow();
        run(
                Role.LEADERSHIP,
                null,
                () -> targets.set(Indicator.FESTIVAL_SITES, hungYen, 2026, BigDecimal.valueOf(100_000)));
        job.run();
        asDemoAccount(
                "hungyen",
                () -> digests.subscribe("  can-bo@congan.hungyen.example ", DigestFrequency.DAILY, Language.VI));
        asDemoAccount(
                "lanhdao", () -> digests.subscribe("lanh-dao@bocongan.example", DigestFrequency.DAILY, Language.EN));

        assertThat(mailer.sendDue(sender)).isEqualTo(2);
        assertThat(smtp.waitForIncomingEmail(5_000, 2)).isTrue();
        MimeMessage officer = to("can-bo@congan.hungyen.example");
        assertThat(officer.getSubject()).startsWith("[ANTQ] ").contains("cảnh báo đang mở");
        assertThat(decoded(officer))
                .contains("Tỉnh Hưng Yên")
                .contains("mục tiêu 100.000")
                .doesNotContain("Hà Nội");
        MimeMessage leadership = to("lanh-dao@bocongan.example");
        assertThat(leadership.getSubject()).contains("open alerts");
        assertThat(decoded(leadership)).contains("Hung Yen").contains("target 100.000");

        assertThat(mailer.sendDue(sender)).as("the same morning again").isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(mailer.sendDue(sender)).as("the next morning").isEqualTo(2);
    }

    @Test
    void everyNodesTimerFiresAtSevenButOneNodeSends() {
        job.run();
        asDemoAccount(
                "lanhdao", () -> digests.subscribe("lanh-dao@bocongan.example", DigestFrequency.DAILY, Language.VI));
        assertThat(mailer.sendOnceForCluster(sender)).as("the first node").contains(1);
        clock.advance(Duration.ofDays(1));
        assertThat(mailer.sendOnceForCluster(sender))
                .as("the second node, while the first one's lock lasts")
                .isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void anAddressThatIsNoneIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> asDemoAccount(
                        "hungyen", () -> digests.subscribe("hungyen", DigestFrequency.WEEKLY, Language.VI)))
                .isInstanceOfSatisfying(
                        MonitoringRefused.class, e -> assertThat(e.messageKey()).isEqualTo("digest.error.email"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM alert_digest", Long.class))
                .isZero();
    }

    @Test
    void withoutAnSmtpServerTheApplicationKnowsItSendsNothing() {
        assertThat(digests.mailConfigured()).isFalse();
    }

    private MimeMessage to(String address) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("no mail to " + address);
    }

    private static String decoded(MimeMessage message) throws Exception {
        return String.valueOf(message.getContent());
    }

    private void asDemoAccount(String username, Runnable work) {
        runAs.call(username, () -> {
                    work.run();
                    return true;
                })
                .orElseThrow();
    }
}
