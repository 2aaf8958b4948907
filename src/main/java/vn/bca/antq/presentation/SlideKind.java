package vn.bca.antq.presentation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a slide shows. The code is how a slide is written in an address ({@code ?slides=map:festival-sites,trend}). */
public enum SlideKind {
    /** The provinces on a map, coloured by one indicator, with the national figure. */
    NATIONAL_MAP("map", true),
    /** The provinces ranked by one indicator (top and bottom ten when there are many). */
    RANKING("ranking", true),
    /** The national value of one indicator across the years, through the 2025 reform. */
    NATIONAL_TREND("trend", true),
    /** The five coverage categories side by side, this year against the previous one. */
    COVERAGE("coverage", false),
    /** The festival day (19 August): sites, sites with central leaders, attendance, leading provinces. */
    FESTIVAL("festival", false),
    /** One province: its figure, rank and map of its districts or communes, and its trend against the nation. */
    SPOTLIGHT("spotlight", true),
    /** The provinces to watch: targets at risk or behind, and open alerts about them and their units. */
    WATCHLIST("watch", false);

    private final String code;
    private final boolean takesIndicator;

    SlideKind(String code, boolean takesIndicator) {
        this.code = code;
        this.takesIndicator = takesIndicator;
    }

    public String code() {
        return code;
    }

    /** Whether the slide shows an indicator of the user's choice (otherwise its figures are fixed). */
    public boolean takesIndicator() {
        return takesIndicator;
    }

    public static Optional<SlideKind> ofCode(String code) {
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.code.equals(wanted)).findFirst();
    }
}
