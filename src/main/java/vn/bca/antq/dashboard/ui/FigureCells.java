package vn.bca.antq.dashboard.ui;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.ui.FigureText;

/** A figure's value as a cell of an exported table: a percentage as a decimal, a count as a whole number. */
final class FigureCells {

    private FigureCells() {}

    static @Nullable Object value(Figure figure) {
        BigDecimal value = figure.value();
        if (value == null || FigureFormat.isPercent(figure)) {
            return value;
        }
        BigDecimal whole = value.stripTrailingZeros();
        return whole.scale() <= 0 ? (Object) whole.longValueExact() : value;
    }

    /** The estimate mark of an exported figure ("≈", see {@link FigureText#ESTIMATE_MARK}), empty for an exact one. */
    static String estimate(Figure figure) {
        return figure.estimate() ? FigureFormat.ESTIMATE_MARK : "";
    }
}
