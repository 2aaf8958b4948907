package vn.bca.antq.base.choropleth;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Values sorted into classes: {@code bounds} has one more entry than {@code colours}; class i holds the values from
 * {@code bounds[i]} (inclusive) to {@code bounds[i+1]} (exclusive; the last class includes its upper bound). With no
 * values there are no classes and every unit is "no data".
 */
public record Classification(List<Double> bounds, List<String> colours) {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    public Classification {
        bounds = List.copyOf(bounds);
        colours = List.copyOf(colours);
        if (!colours.isEmpty() && bounds.size() != colours.size() + 1 || colours.isEmpty() && !bounds.isEmpty()) {
            throw new IllegalArgumentException(bounds.size() + " bounds for " + colours.size() + " classes");
        }
    }

    public int classes() {
        return colours.size();
    }

    /** The class of a value (values outside the range go to the nearest class), or -1 for no data. */
    public int classOf(@Nullable Number value) {
        if (value == null || !Double.isFinite(value.doubleValue()) || colours.isEmpty()) {
            return -1;
        }
        double v = value.doubleValue();
        for (int i = 1; i < colours.size(); i++) {
            if (v < bounds.get(i)) {
                return i - 1;
            }
        }
        return colours.size() - 1;
    }

    /** The fill for a value, or null for no data (the map hatches it). */
    public @Nullable String colourOf(@Nullable Number value) {
        int c = classOf(value);
        return c < 0 ? null : colours.get(c);
    }

    /** The legend with bounds written the Vietnamese way, e.g. "1.000 – 2.500" or "90 – 97,37%". */
    public Legend legend(@Nullable String title, int fractionDigits, String suffix) {
        return legend(title, fractionDigits, suffix, false);
    }

    /** The legend of changes (see {@link ClassBreaks#diverging}), bounds with their signs: "−1,2 – −0,4", "−0,4 – +0,4". */
    public Legend changeLegend(@Nullable String title, int fractionDigits, String suffix) {
        return legend(title, fractionDigits, suffix, true);
    }

    private Legend legend(@Nullable String title, int fractionDigits, String suffix, boolean signed) {
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMaximumFractionDigits(fractionDigits);
        List<Legend.Entry> entries = new ArrayList<>();
        for (int i = 0; i < colours.size(); i++) {
            String from = write(format, bounds.get(i), signed);
            String to = write(format, bounds.get(i + 1), signed);
            String label = from.equals(to) ? from + suffix : from + " – " + to + suffix;
            entries.add(new Legend.Entry(colours.get(i), label));
        }
        return new Legend(title, entries);
    }

    private static String write(NumberFormat format, double value, boolean signed) {
        String digits = format.format(Math.abs(value));
        boolean zero = digits.equals(format.format(0));
        return (value < 0 && !zero ? "−" : signed && value > 0 && !zero ? "+" : "") + digits;
    }
}
