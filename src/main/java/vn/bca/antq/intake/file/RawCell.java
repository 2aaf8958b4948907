package vn.bca.antq.intake.file;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as the file holds it, before any dataset rule: text (CSV cells are always text), a number or a date
 * (XLSX cells typed as such), a boolean, or blank. {@link #reference()} names it the spreadsheet way ("C12"). A cell
 * keeps its place as two numbers and spells the reference only when asked: a file of a million cells would otherwise
 * hold a million more strings.
 */
public sealed interface RawCell {

    /** 0-based column and 1-based row; a row of 0 for a value typed outside any file (a correction). */
    int column();

    int row();

    default String reference() {
        return row() == 0 ? "" : CellText.reference(column(), row());
    }

    record Text(int column, int row, String value) implements RawCell {
        public Text(String reference, String value) {
            this(Place.column(reference), Place.row(reference), value);
        }
    }

    record Number(int column, int row, BigDecimal value) implements RawCell {
        public Number(String reference, BigDecimal value) {
            this(Place.column(reference), Place.row(reference), value);
        }
    }

    record Date(int column, int row, LocalDate value) implements RawCell {
        public Date(String reference, LocalDate value) {
            this(Place.column(reference), Place.row(reference), value);
        }
    }

    record Bool(int column, int row, boolean value) implements RawCell {
        public Bool(String reference, boolean value) {
            this(Place.column(reference), Place.row(reference), value);
        }
    }

    record Blank(int column, int row) implements RawCell {
        public Blank(String reference) {
            this(Place.column(reference), Place.row(reference));
        }
    }

    /** "C12" read back into its column (2) and row (12); "" is no place. */
    final class Place {
        private Place() {}

        static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + Character.toUpperCase(reference.charAt(i)) - 'A' + 1;
            }
            return Math.max(column - 1, 0);
        }

        static int row(String reference) {
            int i = 0;
            while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
                i++;
            }
            return i == reference.length() ? 0 : Integer.parseInt(reference.substring(i));
        }
    }
}
