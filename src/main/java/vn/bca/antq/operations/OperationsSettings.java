package vn.bca.antq.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bearer token Prometheus sends to read {@code /actuator/prometheus} ({@code ANTQ_METRICS_TOKEN}); empty: the
 * metrics are read by nobody (the health probes stay open).
 */
@ConfigurationProperties("antq.operations")
public record OperationsSettings(@DefaultValue("") String metricsToken) {

    public OperationsSettings {
        if (!metricsToken.isEmpty() && metricsToken.length() < 24) {
            throw new IllegalArgumentException(
                    "antq.operations.metrics-token (ANTQ_METRICS_TOKEN) must have at least 24 characters");
        }
    }
}
