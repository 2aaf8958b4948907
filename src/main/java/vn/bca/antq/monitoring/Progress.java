package vn.bca.antq.monitoring;

/**
 * Where a unit stands against its target ({@link TargetProgress} says how it is decided). Colours from the
 * Okabe–Ito palette, told apart with any common colour-blindness; the legend also names each one.
 */
public enum Progress {
    REACHED("#0072B2"),
    ON_TRACK("#56B4E9"),
    AT_RISK("#E69F00"),
    BEHIND("#D55E00"),
    NO_DATA("#D9D9D9");

    private final String colour;

    Progress(String colour) {
        this.colour = colour;
    }

    public String colour() {
        return colour;
    }

    public String labelKey() {
        return "progress." + name();
    }
}
