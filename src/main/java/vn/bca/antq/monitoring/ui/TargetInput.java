package vn.bca.antq.monitoring.ui;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A target as typed, in the vi-VN way (98,5; 1.234) with a trailing % allowed. A lone dot followed by other than three
 * digits is a decimal point typed the English way (98.5), since no grouping leaves one or two digits.
 */
final class TargetInput {

    private TargetInput() {}

    /** The number typed, null when the field is empty; throws {@link NumberFormatException} when it is none. */
    static @Nullable BigDecimal parse(String typed) {
        String text = typed.strip().replace(" ", "").replace(" ", "");
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
            return null;
        }
        int dot = text.indexOf('.');
        boolean englishDecimal =
                dot >= 0 && text.indexOf('.', dot + 1) < 0 && !text.contains(",") && text.length() - dot - 1 != 3;
        String plain = englishDecimal ? text : text.replace(".", "").replace(',', '.');
        if (!plain.matches("-?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException(typed);
        }
        return new BigDecimal(plain);
    }
}
