package vn.bca.antq.intake;

import java.util.List;
import java.util.regex.Pattern;
import vn.bca.antq.intake.file.RawCell;
import vn.bca.antq.intake.file.RawTable;

/**
 * How a file writes the thousands in its counts, judged from all of its count cells written as text: Vietnamese
 * ("13.500.000", the default) or English ("13,500,000", what Excel saves as CSV on an English system). A file is
 * English when some counts group thousands by commas and none by dots; with both, it is mixed and each comma-grouped
 * count is refused with a message that asks which was meant. Counts are whole numbers, so "1,234" can only be
 * thousands in an English file.
 */
enum NumberConvention {
    VIETNAMESE,
    ENGLISH;

    private static final Pattern COMMA_GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+");
    private static final Pattern DOT_GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

    static NumberConvention of(RawTable table, List<Integer> countColumns) {
        boolean comma = false;
        for (RawTable.Row row : table.rows()) {
            for (int index : countColumns) {
                if (row.cells().get(index) instanceof RawCell.Text text) {
                    String value = compact(text.value());
                    if (DOT_GROUPED.matcher(value).matches()) {
                        return VIETNAMESE;
                    }
                    comma |= COMMA_GROUPED.matcher(value).matches();
                }
            }
        }
        return comma ? ENGLISH : VIETNAMESE;
    }

    /** The count as Vietnamese text: an English file's "13,500,000" becomes "13500000". */
    String toVietnamese(String text) {
        return this == ENGLISH && COMMA_GROUPED.matcher(compact(text)).matches()
                ? compact(text).replace(",", "")
                : text;
    }

    private static String compact(String text) {
        return text.strip().replace('\u00a0', ' ').replace(" ", "");
    }
}
