package vn.bca.antq.indicator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether {@link FigureWarmUp} computes the key figures before the web server opens and again after every change
 * ({@code ANTQ_WARMUP_ENABLED}; off in tests, which measure and count their own computations).
 */
@ConfigurationProperties("antq.warm-up")
public record WarmUpSettings(@DefaultValue("true") boolean enabled) {}
