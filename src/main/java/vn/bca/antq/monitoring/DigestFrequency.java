package vn.bca.antq.monitoring;

/** How often a user receives the digest of their alerts: every morning, or on Monday mornings. */
public enum DigestFrequency {
    DAILY,
    WEEKLY;

    public String labelKey() {
        return "digest.frequency." + name();
    }
}
