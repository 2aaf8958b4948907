package vn.bca.antq.indicator;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The one rule for ranking units by a figure, wherever a rank is shown (tables, charts, slides, reports): the highest
 * value first; units without data are not ranked; equal values share a rank (1, 2, 2, 4).
 */
public final class Ranks {

    private Ranks() {}

    /** The figures with data, highest value first; equal values keep the order given. */
    public static List<Figure> highestFirst(Collection<Figure> figures) {
        return figures.stream()
                .filter(Figure::hasData)
                .sorted(Comparator.comparing(Figure::value, Comparator.reverseOrder()))
                .toList();
    }

    /** The figure's rank among {@code all}: 1 for the highest value; 0 without data. */
    public static int of(Figure figure, Collection<Figure> all) {
        BigDecimal value = figure.value();
        if (value == null) {
            return 0;
        }
        return 1
                + (int) all.stream()
                        .map(Figure::value)
                        .filter(Objects::nonNull)
                        .filter(v -> v.compareTo(value) > 0)
                        .count();
    }

    /** How many of the figures are ranked: those with data. */
    public static int ranked(Collection<Figure> all) {
        return (int) all.stream().filter(Figure::hasData).count();
    }
}
