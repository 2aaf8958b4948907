package vn.bca.antq;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on a real MariaDB with Liquibase's schema and the demo data.
 * All such tests share one Spring context (and one database). Tagged "data" so that .ci/run can repeat them
 * against another MariaDB server. Services check who calls them: a test runs as a LEADERSHIP user (reads everything)
 * unless it signs in otherwise. Time passes through {@link AdjustableClock}, never by sleeping.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(AdjustableClock.Config.class)
@ActiveProfiles("test")
@Tag("data")
@WithMockUser(username = "test-leadership", roles = "LEADERSHIP")
public @interface IntegrationTest {}
