package vn.bca.antq.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.export.Table;
import vn.bca.antq.export.XlsxWriter;
import vn.bca.antq.intake.file.RawTable;
import vn.bca.antq.intake.file.SpreadsheetReader;
import vn.bca.antq.security.Role;

/**
 * The bar: a file of 20,000 rows validates and commits in under 10 s. A real XLSX of 20,000 festival sites
 * for Thanh Hoá 2026 goes the way of an upload (read, check, commit); afterwards the province's original figures are
 * committed back the same way. Run alone: {@code ./mvnw -o test -Dtest=ImportBenchmarkTest}; the figures are printed.
 */
@IntegrationTest
class ImportBenchmarkTest {

    static final String PROVINCE = "38";
    static final int YEAR = 2026;
    static final int ROWS = 20_000;

    @Autowired
    SpreadsheetReader reader;

    @Autowired
    IntakeService intake;

    @Test
    void twentyThousandRowsValidateAndCommitInUnderTenSeconds() throws Exception {
        List<ImportRow> original = officer(() -> intake.current(PROVINCE, YEAR, Dataset.FESTIVAL));
        byte[] file = xlsx(officer(() -> intake.scopeOf(PROVINCE, YEAR, Dataset.FESTIVAL)).units().stream()
                .filter(u -> u.getLevel() == UnitLevel.COMMUNE)
                .toList());

        long start = System.nanoTime();
        RawTable table = reader.read("ngay-hoi-thanh-hoa-2026.xlsx", file);
        long read = System.nanoTime();
        Preview preview = officer(() -> intake.preview(PROVINCE, YEAR, Dataset.FESTIVAL, table));
        long checked = System.nanoTime();
        IntakeService.CommitResult result = officer(() -> intake.commit(preview, "Số liệu kiểm thử hiệu năng"));
        long committed = System.nanoTime();

        double total = (committed - start) / 1e9;
        System.out.printf(
                "Import benchmark: %,d rows, XLSX %.2f MB: read %.2f s, check %.2f s, commit %.2f s, total %.2f s%n",
                ROWS,
                file.length / 1e6,
                (read - start) / 1e9,
                (checked - read) / 1e9,
                (committed - checked) / 1e9,
                total);
        assertThat(preview.errorCount()).isZero();
        assertThat(result.rows()).isEqualTo(ROWS);
        assertThat(officer(() -> intake.current(PROVINCE, YEAR, Dataset.FESTIVAL)))
                .hasSize(ROWS);
        assertThat(total).isLessThan(10);

        Preview restore = officer(
                () -> intake.preview(PROVINCE, YEAR, Dataset.FESTIVAL, Files.table(Dataset.FESTIVAL, original)));
        officer(() -> intake.commit(restore, "Trả lại số liệu trước kiểm thử"));
        assertThat(officer(() -> intake.current(PROVINCE, YEAR, Dataset.FESTIVAL)))
                .hasSameSizeAs(original);
    }

    /** 20,000 sites spread over the province's communes, on days of July and August. */
    private static byte[] xlsx(List<AdminUnit> communes) throws Exception {
        List<String> headers =
                Dataset.FESTIVAL.columns().stream().map(Column::headerVi).toList();
        List<List<@Nullable Object>> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            AdminUnit commune = communes.get(i % communes.size());
            List<@Nullable Object> row = new ArrayList<>();
            row.add(commune.getCode());
            row.add(commune.getName());
            row.add("Khu dân cư số " + (i / communes.size() + 1));
            row.add(LocalDate.of(YEAR, 7, 1).plusDays(i % 62));
            row.add(i % 50 == 0 ? "Xã" : null);
            row.add((long) (80 + i % 900));
            row.add(i % 400 == 0 ? "Có" : "Không");
            row.add(i % 3 == 0 ? (long) (1_000_000 + i) : null);
            row.add(i % 3 == 0 ? (long) (5 + i % 20) : null);
            rows.add(row);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(List.of(new Table("Dữ liệu", headers, rows)), out);
        return out.toByteArray();
    }

    private static <T> T officer(java.util.function.Supplier<T> work) {
        return Files.as(Role.PROVINCE_OFFICER, PROVINCE, work);
    }
}
