package vn.bca.antq.admin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which administrative structure a year's figures are shown on: today's (34 provinces and their communes, every year
 * restated onto it; the default) or the one each year was reported on (63 provinces with districts until 30/06/2025).
 * Written in addresses as {@code structure=current|reported}; see docs/GEOGRAPHY.md.
 */
public enum Structure {
    CURRENT,
    REPORTED;

    public static final Structure DEFAULT = CURRENT;

    /** The era whose units a year's figures are shown on. */
    public Era era(int year) {
        return this == CURRENT ? Era.PROVINCES_34 : Era.ofYear(year);
    }

    /** As written in an address: "current", "reported". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Structure> ofCode(String code) {
        String wanted = code.strip();
        return Arrays.stream(values())
                .filter(s -> s.code().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
