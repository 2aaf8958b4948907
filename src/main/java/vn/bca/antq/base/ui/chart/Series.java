package vn.bca.antq.base.ui.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One named row of values, one per category (a missing value is null and drawn as a gap).
 * For a heat map each series is one row of cells.
 */
public record Series(String name, List<@Nullable Double> data) {

    public Series {
        data = Collections.unmodifiableList(new ArrayList<>(data));
    }

    public static Series of(String name, @Nullable Number... values) {
        return of(name, Arrays.asList(values));
    }

    public static Series of(String name, List<? extends @Nullable Number> values) {
        List<@Nullable Double> data = new ArrayList<>(values.size());
        for (Number value : values) {
            data.add(value == null ? null : value.doubleValue());
        }
        return new Series(name, data);
    }
}
