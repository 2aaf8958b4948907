package vn.bca.antq.monitoring;

/** Published after a target of the year changed, so that the alerts are computed again. */
public record TargetsChanged(int year) {}
