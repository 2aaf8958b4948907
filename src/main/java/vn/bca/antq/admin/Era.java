package vn.bca.antq.admin;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The two administrative structures: 63 provinces with districts until 30/06/2025, 34 provinces with communes after. */
public enum Era {
    PROVINCES_63(LocalDate.of(2000, 1, 1), LocalDate.of(2025, 6, 30)),
    PROVINCES_34(LocalDate.of(2025, 7, 1), null);

    /** The day the 34-province structure took effect (Resolution 202/2025/QH15). */
    public static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);

    private final LocalDate validFrom;
    private final @Nullable LocalDate validTo;

    Era(LocalDate validFrom, @Nullable LocalDate validTo) {
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** The structure in force at the end of the year: figures of a year are shown on it. */
    public static Era ofYear(int year) {
        return year >= REFORM_DATE.getYear() ? PROVINCES_34 : PROVINCES_63;
    }

    public boolean hasDistricts() {
        return this == PROVINCES_63;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public @Nullable LocalDate validTo() {
        return validTo;
    }
}
