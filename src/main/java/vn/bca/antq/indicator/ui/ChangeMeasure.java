package vn.bca.antq.indicator.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Quantity;

/**
 * How a change between two years is measured: a rate in percentage points (97,4% after 95,1% is +2,3 points), a count
 * as the difference in units or in percent of the earlier year. The code is how the address writes it ({@code &measure=percent}).
 */
public enum ChangeMeasure {
    POINTS("points"),
    COUNT("count"),
    PERCENT("percent");

    private final String code;

    ChangeMeasure(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ChangeMeasure> ofCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.code.equals(wanted)).findFirst();
    }

    /** The measures that fit the indicator: points for a rate, a count's difference or its percentage. */
    public static List<ChangeMeasure> fitting(Indicator indicator) {
        return indicator.quantity() == Quantity.PERCENT ? List.of(POINTS) : List.of(COUNT, PERCENT);
    }

    /** The measure shown unless the user chooses another: points for a rate, the difference for a count. */
    public static ChangeMeasure defaultFor(Indicator indicator) {
        return fitting(indicator).getFirst();
    }

    public boolean fits(Indicator indicator) {
        return fitting(indicator).contains(this);
    }
}
