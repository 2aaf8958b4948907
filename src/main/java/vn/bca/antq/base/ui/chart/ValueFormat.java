package vn.bca.antq.base.ui.chart;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How values are written on axes, data labels and tooltips; the browser formats them with
 * {@code Intl.NumberFormat('vi-VN')}, so 1234567 shows as "1.234.567" and a percentage 97.37 as "97,37%".
 *
 * @param style          a plain number, or a percentage given in percent units (97.37, not 0.9737)
 * @param fractionDigits the most digits after the decimal comma
 * @param signed         a change rather than a level: "+1,25", "−0,4", "±0"
 */
public record ValueFormat(Style style, int fractionDigits, boolean signed) {

    public enum Style {
        NUMBER,
        PERCENT;

        @JsonValue
        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final ValueFormat INTEGER = new ValueFormat(Style.NUMBER, 0, false);
    public static final ValueFormat DECIMAL = new ValueFormat(Style.NUMBER, 2, false);
    public static final ValueFormat PERCENT = new ValueFormat(Style.PERCENT, 2, false);

    public ValueFormat {
        if (fractionDigits < 0 || fractionDigits > 6) {
            throw new IllegalArgumentException("fractionDigits " + fractionDigits);
        }
    }

    /** The same format written as a change, with its sign. */
    public ValueFormat asSigned() {
        return new ValueFormat(style, fractionDigits, true);
    }
}
