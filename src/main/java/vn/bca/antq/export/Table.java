package vn.bca.antq.export;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table to write to a file: a name (the sheet name, and the file name's stem), column headers and rows. Cells hold
 * {@code String}, whole numbers ({@code Long}/{@code Integer}), {@code BigDecimal} (rates, two decimals), {@code LocalDate}
 * or {@code null} (empty); yes/no values are words the caller chooses. Every export (grids, templates, reports' annexes) goes through this one shape.
 */
public record Table(String name, List<String> headers, List<List<@Nullable Object>> rows) {

    public Table {
        headers = List.copyOf(headers);
        for (List<@Nullable Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(
                        "row of " + row.size() + " cells under " + headers.size() + " headers");
            }
        }
    }
}
