package vn.bca.antq.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code antq.mail.*}: the sender of the digests ({@code ANTQ_MAIL_FROM}) and the address of the application that
 * their links open ({@code ANTQ_MAIL_BASE_URL}). The SMTP server itself is Spring's {@code spring.mail.*}
 * ({@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT}, {@code SPRING_MAIL_USERNAME}, {@code SPRING_MAIL_PASSWORD}):
 * without a host no mail is sent.
 */
@ConfigurationProperties("antq.mail")
public record MailSettings(
        @DefaultValue("antq-dashboard@localhost") String from,
        @DefaultValue("http://localhost:8080") String baseUrl) {}
