package vn.bca.antq.operations;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator's own rules, before the application's: the health probes are open (a load balancer has no account),
 * the metrics need the bearer token, every other actuator path is closed. No session is ever made here.
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain operationsFilterChain(HttpSecurity http, OperationsSettings settings) throws Exception {
        byte[] expected = ("Bearer " + settings.metricsToken()).getBytes(StandardCharsets.UTF_8);
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .access((authentication, context) -> new AuthorizationDecision(
                                !settings.metricsToken().isEmpty() && bearer(context.getRequest(), expected)))
                        .anyRequest()
                        .denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint((request, response, e) -> response.sendError(401)));
        return http.build();
    }

    /** Compared in constant time, so that the time of a refusal tells nothing of the token. */
    private static boolean bearer(HttpServletRequest request, byte[] expected) {
        String given = request.getHeader("Authorization");
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected);
    }
}
