package vn.bca.antq.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void makesAnAsciiStemFromTheTableNameAndTheDay() {
        assertThat(FileNames.of("Xếp hạng tỉnh 2025", LocalDate.of(2026, 11, 24), ExportFormat.XLSX))
                .isEqualTo("xep-hang-tinh-2025-24112026.xlsx");
        assertThat(FileNames.of("Đơn vị: Hưng Yên / 2020 (đạt chuẩn)", LocalDate.of(2026, 1, 2), ExportFormat.CSV))
                .isEqualTo("don-vi-hung-yen-2020-dat-chuan-02012026.csv");
    }

    @Test
    void neverLeavesTheStemEmptyOrOverlong() {
        assertThat(FileNames.stem("—?!")).isEqualTo("bang");
        assertThat(FileNames.stem("Tỷ lệ ".repeat(40)))
                .hasSizeLessThanOrEqualTo(80)
                .doesNotEndWith("-")
                .matches("[a-z0-9-]+");
    }
}
