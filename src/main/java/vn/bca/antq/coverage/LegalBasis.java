package vn.bca.antq.coverage;

import java.time.LocalDate;

/**
 * The rules an assessment was made under: Circular 23/2012/TT-BCA until 09/02/2022, Circular 124/2021/TT-BCA from
 * {@link #NEW_RULES_FROM} (it excludes small enterprises, primary schools and kindergartens), so rates before and after
 * differ in meaning. The database checks each assessment's date against it.
 */
public enum LegalBasis {
    CIRCULAR_23_2012,
    CIRCULAR_124_2021;

    /** The day Circular 124/2021/TT-BCA took effect. */
    public static final LocalDate NEW_RULES_FROM = LocalDate.of(2022, 2, 10);

    /** The rules in force on the day of an assessment. */
    public static LegalBasis on(LocalDate assessedOn) {
        return assessedOn.isBefore(NEW_RULES_FROM) ? CIRCULAR_23_2012 : CIRCULAR_124_2021;
    }
}
