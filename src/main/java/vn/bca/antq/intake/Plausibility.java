package vn.bca.antq.intake;

import vn.bca.antq.admin.UnitLevel;

/**
 * How large a count can plausibly be. A value beyond it is a typing or copying mistake, never a figure to store with a
 * comment: one such row would carry a province (and the nation) to a wrong rate. Two rules, both errors:
 * <ul>
 * <li><b>the order of magnitude of the unit</b>: no unit holds more people than the most populous unit of its level
 * ({@link #people}), and a count of things is at most its people divided by the fewest people one such thing
 * serves ({@link #PEOPLE_PER});</li>
 * <li><b>last year</b>: more than {@link #MOST_GROWTH} times last year's value of the same row, by at least
 * {@link #LEAST_JUMP}, is a slip of the keyboard rather than growth.</li>
 * </ul>
 * Both are deliberately loose: they catch extra digits, not unusual years (which the year-on-year warning shows).
 */
final class Plausibility {

    /** The most people one unit of the level holds, rounded up: Hồ Chí Minh City after 2025, its largest districts and wards. */
    static long people(UnitLevel level) {
        return switch (level) {
            case NATION -> 110_000_000L;
            case PROVINCE -> 15_000_000L;
            case DISTRICT -> 1_500_000L;
            case COMMUNE -> 500_000L;
        };
    }

    static final long MOST_GROWTH = 20;
    static final long LEAST_JUMP = 100;
    /** The most people who can attend one festival site, or belong to one model site. */
    static final long MOST_AT_ONE_SITE = 100_000;

    /** What one counted thing serves at least, in people: a residential area (thôn, tổ dân phố) has at least about 100. */
    enum Thing {
        PERSONS(1),
        FAMILIES(2),
        RESIDENTIAL_AREAS(100),
        AGENCIES(50),
        ENTERPRISES(10),
        SCHOOLS(200),
        EVENTS(1);

        private final long peoplePer;

        Thing(long peoplePer) {
            this.peoplePer = peoplePer;
        }
    }

    private Plausibility() {}

    /** The most of {@code thing} a unit of {@code level} can have. */
    static long most(Thing thing, UnitLevel level) {
        return people(level) / thing.peoplePer;
    }

    /** An error on the cell when its count exceeds the unit's order of magnitude. */
    static void checkSize(ImportRow row, String column, Thing thing) {
        Long value = row.count(column);
        if (value != null) {
            checkAtMost(row, column, most(thing, row.knownUnit().getLevel()));
        }
    }

    /** An error on the cell when its count exceeds {@code most}. */
    static void checkAtMost(ImportRow row, String column, long most) {
        Long value = row.count(column);
        if (value != null && value > most) {
            row.add(Issue.error(column, "intake.row.implausible", value, most));
        }
    }

    /** An error when the value is many times last year's; whether it grew or shrank by half is the warning's business. */
    static boolean checkAgainstLastYear(ImportRow row, String column, ImportRow lastYear, int previousYear) {
        Long now = row.count(column);
        Long before = lastYear.count(column);
        if (now == null || before == null || now - before < LEAST_JUMP || now <= MOST_GROWTH * before) {
            return false;
        }
        row.add(Issue.error(column, "intake.row.farAboveLastYear", now, before, String.valueOf(previousYear)));
        return true;
    }
}
