package vn.bca.antq.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Spring Security with Vaadin's configurer: the login view at {@code /login}, every other view and request denied
 * unless its access annotation allows it (Vaadin's default), geometry and static files public, presenter screens
 * signed in by their token, method security for the services ({@code @PreAuthorize} only: views carry
 * {@code @RolesAllowed} for Vaadin, which must not make Spring proxy them), and the security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * Everything from the application's own origin only; push's WebSocket is the same origin ({@code 'self'} covers
     * ws: and wss: to it). Vaadin Flow needs inline styles, its inline bootstrap script, and {@code 'unsafe-eval'}: its
     * client runs every {@code executeJs} and {@code @ClientCallable} return through {@code new Function}, which no
     * nonce or hash can allow (tried: without it the dashboard stays blank, see docs/SECURITY.md). Maps draw into
     * canvases and blob workers. Nothing may frame the application.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
                    + "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // "{bcrypt}..." today; the prefix lets a later algorithm (argon2) take over without invalidating stored hashes.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SignInPage signInPage,
            AccountStore store,
            LiveSessions sessions,
            AuditService audit,
            SignInThrottle throttle,
            SecuritySettings settings,
            Clock clock)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/geo/**", "/*.css", "/favicon.ico", "/error")
                .permitAll());
        // in this order: a stale session ends first, then a screen's cookie may sign it in anew
        http.addFilterBefore(
                new SessionFreshnessFilter(store, sessions, audit, settings, clock),
                UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(
                new PresenterTokenFilter(store, sessions, audit, throttle, clock, settings.secureCookies()),
                UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers
                // written before the request goes on: Vaadin's pages are forwarded to its servlet, whose committed
                // response the lazy header writer never sees (the headers went missing on every Vaadin page)
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentTypeOptions(options -> {}));
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(signInPage.view(), "/login?logout").addLogoutHandler(auditSignOut(audit)));
        return http.build();
    }

    private static LogoutHandler auditSignOut(AuditService audit) {
        return (HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response,
                @Nullable Authentication authentication) -> {
            if (authentication != null) {
                audit.record(
                        AuditKind.SIGN_OUT,
                        authentication.getName(),
                        request.getRemoteAddr(),
                        authentication.getName(),
                        null);
            }
        };
    }
}
