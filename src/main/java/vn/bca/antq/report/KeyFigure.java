package vn.bca.antq.report;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.indicator.Figure;

/**
 * A figure of the report with what it is read against: the same unit's figure of the previous year, the nation's
 * figure, and its rank among the provinces with data ({@link vn.bca.antq.indicator.Ranks}; {@code rank} 0: no rank, e.g. no data
 * or the nation itself), and the unit's target of the year (null: none).
 */
public record KeyFigure(
        Figure figure,
        Figure previousYear,
        Figure nation,
        int rank,
        int ranked,
        @Nullable BigDecimal target) {

    public boolean isRanked() {
        return rank > 0;
    }
}
