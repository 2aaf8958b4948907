package vn.bca.antq.intake;

/**
 * The year-on-year warning: a value that is more than {@code factor} times last year's value of the same row, or less
 * than its {@code factor}-th part, and differs by at least {@link #LEAST_CHANGE} (two schools instead of one is not
 * news worth a comment). Counts of recognised and assessed units are stable (1.5); counts of activities vary (2.5).
 */
final class Changes {

    static final double STOCK_FACTOR = 1.5;
    static final double ACTIVITY_FACTOR = 2.5;
    static final long LEAST_CHANGE = 10;

    private Changes() {}

    static void warnIfBig(ImportRow row, String column, ImportRow previous, int previousYear, double factor) {
        Long now = row.count(column);
        Long before = previous.count(column);
        if (now == null || before == null || Math.abs(now - before) < LEAST_CHANGE) {
            return;
        }
        if (now > factor * before || before > factor * now) {
            row.add(Issue.warning(column, "intake.warn.bigChange", before, now, String.valueOf(previousYear)));
        }
    }
}
