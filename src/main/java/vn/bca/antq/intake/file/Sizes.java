package vn.bca.antq.intake.file;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Sizes as the refusals name them. */
final class Sizes {

    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024 * 1024);

    private Sizes() {}

    /** A limit as users read it: "20" MB, or "0,5" MB for a small test limit. */
    static BigDecimal megabytes(long bytes) {
        BigDecimal megabytes = BigDecimal.valueOf(bytes)
                .divide(MEGABYTE, 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return megabytes.scale() < 0 ? megabytes.setScale(0) : megabytes;
    }
}
