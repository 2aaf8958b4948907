package vn.bca.antq.intake.file;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as the file holds it, before any dataset rule: text (CSV cells are always text), a number or a date
 * (XLSX cells typed as such), a boolean, or blank. {@code reference} names it the spreadsheet way ("C12").
 */
public sealed interface RawCell {

    String reference();

    record Text(String reference, String value) implements RawCell {
    }

    record Number(String reference, BigDecimal value) implements RawCell {
    }

    record Date(String reference, LocalDate value) implements RawCell {
    }

    record Bool(String reference, boolean value) implements RawCell {
    }

    record Blank(String reference) implements RawCell {
    }
}
