package vn.bca.antq.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.bca.antq.indicator.Figure;

/**
 * A figure of the report with what it is read against: the same unit's figure of the previous year, the nation's
 * figure, and its rank among the provinces ({@code rank} 0: no rank, e.g. no data or the nation itself).
 */
public record KeyFigure(Figure figure, Figure previousYear, Figure nation, int rank, int ranked) {

    public boolean isRanked() {
        return rank > 0;
    }

    /** The figure's rank among {@code all}: 1 for the highest value; equal values share a rank; 0 without data. */
    public static int rank(Figure figure, List<Figure> all) {
        BigDecimal value = figure.value();
        if (value == null) {
            return 0;
        }
        return 1 + (int) all.stream().map(Figure::value).filter(Objects::nonNull).filter(v -> v.compareTo(value) > 0).count();
    }
}
