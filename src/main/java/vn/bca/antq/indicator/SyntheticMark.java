package vn.bca.antq.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Says on the face of a map, chart or list that its figures are synthetic demo data, wholly or in part, so that no
 * screen, slide or report shows made-up figures without saying so.
 */
public enum SyntheticMark {
    NONE,
    PART,
    ALL;

    /** Of the figures that have data: all synthetic, some, or none. */
    public static SyntheticMark of(Collection<Figure> figures) {
        List<Figure> withData = figures.stream().filter(Figure::hasData).toList();
        if (withData.stream().noneMatch(Figure::synthetic)) {
            return NONE;
        }
        return withData.stream().allMatch(Figure::whollySynthetic) ? ALL : PART;
    }

    /** {@code synthetic} of {@code total} items are synthetic. */
    public static SyntheticMark of(long synthetic, long total) {
        return synthetic == 0 ? NONE : synthetic >= total ? ALL : PART;
    }

    /** The mark as a translation key ("synthetic.all", "synthetic.part"), null for none. */
    public @Nullable String key() {
        return this == NONE ? null : "synthetic." + name().toLowerCase(Locale.ROOT);
    }
}
