package vn.bca.antq.intake;

/** The year-on-year warning: a value that moved by more than half against last year's value of the same row. */
final class Changes {

    static final double MOST_CHANGE = 0.5;

    private Changes() {
    }

    static void warnIfBig(ImportRow row, String column, ImportRow previous, int previousYear) {
        Long now = row.count(column);
        Long before = previous.count(column);
        if (now == null || before == null || before == 0) {
            return;
        }
        if (Math.abs(now - before) > MOST_CHANGE * before) {
            row.add(Issue.warning(column, "intake.warn.bigChange", before, now, String.valueOf(previousYear)));
        }
    }
}
