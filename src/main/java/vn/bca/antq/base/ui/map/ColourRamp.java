package vn.bca.antq.base.ui.map;

import java.util.List;

/**
 * Sequential single-hue ramps from ColorBrewer (Cynthia Brewer, Penn State; Apache-2.0), light to dark; all three
 * are colour-blind safe and print well in grey. Blue for neutral counts, green for "good" shares (coverage),
 * orange for burdens.
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
            List.of("#feedde", "#fdd0a2", "#fdae6b", "#fd8d3c", "#f16913", "#d94801", "#8c2d04")));

    public static final int MIN_CLASSES = 1;
    public static final int MAX_CLASSES = 7;

    private final List<List<String>> bySize;

    ColourRamp(List<List<String>> bySize) {
        this.bySize = bySize;
    }

    /** {@code n} colours, light to dark; one or two classes take the ends and the middle of the three-class ramp. */
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
