package vn.bca.antq.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code antq.monitoring.*}: {@code background} computes the alerts by itself (after the start, after changes, daily);
 * tests turn it off and run the job themselves.
 */
@ConfigurationProperties("antq.monitoring")
public record MonitoringSettings(@DefaultValue("true") boolean background) {}
