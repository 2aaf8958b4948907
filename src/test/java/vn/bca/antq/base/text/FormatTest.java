package vn.bca.antq.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FormatTest {

    private final Locale jvmDefault = Locale.getDefault();

    @AfterEach
    void restoreDefaultLocale() {
        Locale.setDefault(jvmDefault);
    }

    @Test
    void countsAreGroupedWithDots() {
        assertThat(Format.number(1234567)).isEqualTo("1.234.567");
        assertThat(Format.number(5813)).isEqualTo("5.813");
        assertThat(Format.number(28)).isEqualTo("28");
    }

    @Test
    void percentagesUseADecimalComma() {
        assertThat(Format.percent(new BigDecimal("97.37"))).isEqualTo("97,37%");
        assertThat(Format.percent(new BigDecimal("98.90"))).isEqualTo("98,9%");
        assertThat(Format.percent(new BigDecimal("100.00"))).isEqualTo("100%");
    }

    @Test
    void datesAreDayMonthYear() {
        assertThat(Format.date(LocalDate.of(2022, 8, 19))).isEqualTo("19/08/2022");
        assertThat(Format.date(LocalDate.of(2025, 7, 1))).isEqualTo("01/07/2025");
    }

    @Test
    void lowerBoundsShowWithAtLeastSign() {
        assertThat(Format.value(new BigDecimal(500), false, true)).isEqualTo("≥ 500");
        assertThat(Format.value(new BigDecimal("1400"), false, true)).isEqualTo("≥ 1.400");
        assertThat(Format.value(new BigDecimal("94.75"), true, false)).isEqualTo("94,75%");
    }

    @Test
    void theVietnameseFormHoldsWhateverTheJvmLocale() {
        Locale.setDefault(Locale.US);
        assertThat(Format.number(1234567)).isEqualTo("1.234.567");
        assertThat(Format.percent(new BigDecimal("97.37"))).isEqualTo("97,37%");
    }
}
