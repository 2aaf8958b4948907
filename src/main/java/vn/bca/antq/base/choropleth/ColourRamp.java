package vn.bca.antq.base.choropleth;

import java.util.List;

/**
 * Ramps from ColorBrewer (Cynthia Brewer, Penn State; Apache-2.0), all colour-blind safe. Sequential single-hue ramps
 * run light to dark and print well in grey: blue for neutral counts, green for "good" shares (coverage), orange for
 * burdens. The diverging ramp BRBG (brown – white – blue-green) runs from falls through "no change" to rises and is
 * used with an odd number of classes, so that its light middle class holds zero (see {@link ClassBreaks#diverging}).
 */
public enum ColourRamp {
    BLUES(List.of(
            List.of("#deebf7", "#9ecae1", "#3182bd"),
            List.of("#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"),
            List.of("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"),
            List.of("#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"),
            List.of("#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"))),
    GREENS(List.of(
            List.of("#e5f5e0", "#a1d99b", "#31a354"),
            List.of("#edf8e9", "#bae4b3", "#74c476", "#238b45"),
            List.of("#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"),
            List.of("#edf8e9", "#c7e9c0", "#a1d99b", "#74c476", "#31a354", "#006d2c"),
            List.of("#edf8e9", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#005a32"))),
    ORANGES(List.of(
            List.of("#fee6ce", "#fdae6b", "#e6550d"),
            List.of("#feedde", "#fdbe85", "#fd8d3c", "#d94701"),
            List.of("#feedde", "#fdbe85", "#fd8d3c", "#e6550d", "#a63603"),
            List.of("#feedde", "#fdd0a2", "#fdae6b", "#fd8d3c", "#e6550d", "#a63603"),
            List.of("#feedde", "#fdd0a2", "#fdae6b", "#fd8d3c", "#f16913", "#d94801", "#8c2d04"))),
    BRBG(List.of(
            List.of("#d8b365", "#f5f5f5", "#5ab4ac"),
            List.of("#a6611a", "#dfc27d", "#80cdc1", "#018571"),
            List.of("#a6611a", "#dfc27d", "#f5f5f5", "#80cdc1", "#018571"),
            List.of("#8c510a", "#d8b365", "#f6e8c3", "#c7eae5", "#5ab4ac", "#01665e"),
            List.of("#8c510a", "#d8b365", "#f6e8c3", "#f5f5f5", "#c7eae5", "#5ab4ac", "#01665e")));

    public static final int MIN_CLASSES = 1;
    public static final int MAX_CLASSES = 7;

    private final List<List<String>> bySize;

    ColourRamp(List<List<String>> bySize) {
        this.bySize = bySize;
    }

    /** Falls and rises of a diverging ramp drawn as bars (mid-tones of BrBG, readable on light and dark backgrounds). */
    public static final String FALL = "#bf812d";

    public static final String RISE = "#35978f";

    /** Whether the ramp runs from one extreme through a light middle to the other (BRBG), not light to dark. */
    public boolean diverging() {
        return this == BRBG;
    }

    /**
     * {@code n} colours, light to dark (a diverging ramp: low to high through its light middle); one or two classes
     * take the middle or the ends of the three-class ramp.
     */
    public List<String> colours(int n) {
        if (n < MIN_CLASSES || n > MAX_CLASSES) {
            throw new IllegalArgumentException("A ramp has 1 to 7 classes, not " + n);
        }
        List<String> three = bySize.getFirst();
        return switch (n) {
            case 1 -> List.of(three.get(1));
            case 2 -> List.of(three.get(0), three.get(2));
            default -> bySize.get(n - 3);
        };
    }
}
