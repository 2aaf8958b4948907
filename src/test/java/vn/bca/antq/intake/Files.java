package vn.bca.antq.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.bca.antq.intake.file.RawCell;
import vn.bca.antq.intake.file.RawTable;
import vn.bca.antq.security.Principals;
import vn.bca.antq.security.Role;

/** Test helpers: tables as an officer would type them (text cells, "1.234", dd/MM/yyyy), and running as someone. */
final class Files {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Files() {}

    /** The rows as a file with the dataset's Vietnamese headers, every cell typed as text the Vietnamese way. */
    static RawTable table(Dataset dataset, List<ImportRow> rows) {
        List<String> headers = dataset.columns().stream().map(Column::headerVi).toList();
        List<RawTable.Row> raw = new ArrayList<>();
        for (ImportRow row : rows) {
            int number = raw.size() + 2;
            List<RawCell> cells = new ArrayList<>();
            for (Column column : dataset.columns()) {
                Object value = row.value(column.key());
                int at = cells.size();
                cells.add(value == null ? new RawCell.Blank(at, number) : new RawCell.Text(at, number, text(value)));
            }
            raw.add(new RawTable.Row(number, cells));
        }
        return new RawTable("test.xlsx", "Dữ liệu", headers, raw);
    }

    static String text(Object value) {
        return switch (value) {
            case Long n -> String.format(java.util.Locale.forLanguageTag("vi-VN"), "%,d", n);
            case LocalDate d -> DAY.format(d);
            case Boolean b -> b ? "Có" : "Không";
            default -> value.toString();
        };
    }

    /** Copies of the rows (values only), to change before re-importing. */
    static List<ImportRow> copy(List<ImportRow> rows) {
        List<ImportRow> copies = new ArrayList<>();
        for (ImportRow row : rows) {
            ImportRow copy = new ImportRow(row.rowNumber());
            row.values().forEach(copy::put);
            copies.add(copy);
        }
        return copies;
    }

    /** A checksum of every table an import writes to: equal before and after means nothing was stored. */
    static String fingerprint(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                SELECT CONCAT_WS('/', (SELECT COUNT(*) FROM safety_assessment),
                       (SELECT SUM(CRC32(CONCAT_WS(',', unit_id, category, total_units, recognised_units, source_id))) FROM safety_assessment),
                       (SELECT COUNT(*) FROM festival_event), (SELECT SUM(CRC32(CONCAT_WS(',', unit_id, site_name, attendance, source_id))) FROM festival_event),
                       (SELECT COUNT(*) FROM indicator_value), (SELECT SUM(CRC32(CONCAT_WS(',', unit_id, numerator, source_id))) FROM indicator_value),
                       (SELECT COUNT(*) FROM replaced_fact), (SELECT COUNT(*) FROM import_batch), (SELECT COUNT(*) FROM import_row),
                       (SELECT COUNT(*) FROM submission), (SELECT COUNT(*) FROM data_source))""", String.class).getFirst();
    }

    static <T> T as(Role role, String provinceCode, Supplier<T> work) {
        return Principals.as(role, provinceCode, work);
    }
}
