package vn.bca.antq.indicator;

/** The years the dashboard and presentations cover, and the year they open on (the last complete one). */
public final class Years {

    public static final int FIRST = 2019;
    public static final int LAST = 2026;
    public static final int DEFAULT = 2025;

    private Years() {}

    public static boolean covers(int year) {
        return year >= FIRST && year <= LAST;
    }
}
