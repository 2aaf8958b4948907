package vn.bca.antq.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TargetInputTest {

    @Test
    void aTargetIsReadTheVietnameseWayWithAPercentSignAllowed() {
        assertThat(TargetInput.parse("98,5")).isEqualByComparingTo("98.5");
        assertThat(TargetInput.parse(" 97,25 % ")).isEqualByComparingTo("97.25");
        assertThat(TargetInput.parse("1.234")).isEqualByComparingTo("1234");
        assertThat(TargetInput.parse("1.234.567")).isEqualByComparingTo("1234567");
        assertThat(TargetInput.parse("320")).isEqualByComparingTo("320");
    }

    @Test
    void aLoneDotBeforeOtherThanThreeDigitsIsADecimalPointTypedTheEnglishWay() {
        assertThat(TargetInput.parse("98.5")).isEqualByComparingTo("98.5");
        assertThat(TargetInput.parse("97.25")).isEqualByComparingTo("97.25");
    }

    @Test
    void anEmptyFieldRemovesTheTargetAndTextIsNoNumber() {
        assertThat(TargetInput.parse("  ")).isNull();
        assertThatThrownBy(() -> TargetInput.parse("chín mươi")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> TargetInput.parse("9,8,7")).isInstanceOf(NumberFormatException.class);
    }
}
