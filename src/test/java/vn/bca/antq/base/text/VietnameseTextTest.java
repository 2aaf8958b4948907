package vn.bca.antq.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void typingWithoutDiacriticsFindsTheName() {
        assertThat(VietnameseText.matches("Thành phố Hà Nội", "ha noi")).isTrue();
        assertThat(VietnameseText.matches("Đà Nẵng", "da nang")).isTrue();
        assertThat(VietnameseText.matches("Thị trấn Thiệu Hóa", "THIEU  hoa")).isTrue();
        assertThat(VietnameseText.matches("Hà Nam", "ha noi")).isFalse();
    }

    @Test
    void decomposedAndComposedFormsMatch() {
        String decomposed = java.text.Normalizer.normalize("Khánh Hòa", java.text.Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(decomposed))
                .isEqualTo(VietnameseText.fold("Khánh Hoà"))
                .isEqualTo("khanh hoa");
    }
}
