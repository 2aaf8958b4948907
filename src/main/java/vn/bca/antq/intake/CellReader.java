package vn.bca.antq.intake;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.text.FormulaText;
import vn.bca.antq.base.text.VietnameseText;
import vn.bca.antq.intake.Column.Choice;
import vn.bca.antq.intake.file.RawCell;

/**
 * Reads one cell the way Vietnamese offices write it: counts as numbers or text with vi-VN thousands ("1.234"),
 * dates as date cells or dd/MM/yyyy text, yes/no as Có/Không. Returns the value, or records an issue on the row.
 */
final class CellReader {

    /** Larger than any count the movement has (people, VND): a bigger number is a typing error. */
    static final long MOST = 1_000_000_000_000L;

    private static final Pattern PLAIN = Pattern.compile("-?\\d+");
    private static final Pattern VI_GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern COMMA_GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Set<String> YES = Set.of("co", "x", "yes", "y", "true", "1", "dung");
    private static final Set<String> NO = Set.of("khong", "no", "n", "false", "0", "sai");

    private CellReader() {}

    /** The cell's value for {@code column}, or empty when blank or unreadable (then an issue is on the row). */
    static Optional<Object> read(Column column, RawCell cell, ImportRow row) {
        if (cell instanceof RawCell.Blank
                || (cell instanceof RawCell.Text t && t.value().isBlank())) {
            return Optional.empty();
        }
        Object value = switch (column.type()) {
            case UNIT_CODE -> code(column, cell, row);
            case TEXT -> text(cell);
            case COUNT -> count(column, cell, row);
            case DECIMAL -> decimal(column, cell, row);
            case DATE -> date(column, cell, row);
            case YES_NO -> yesNo(column, cell, row);
            case CHOICE -> choice(column, cell, row);
        };
        return Optional.ofNullable(value);
    }

    private static String text(RawCell cell) {
        String text = switch (cell) {
            case RawCell.Text t -> t.value();
            case RawCell.Number n -> n.value().stripTrailingZeros().toPlainString();
            case RawCell.Date d -> d.value().toString();
            case RawCell.Bool b -> String.valueOf(b.value());
            case RawCell.Blank b -> "";
        };
        // our CSV export quotes formula-like text: take the quotes off again
        return FormulaText.restore(text).strip();
    }

    private static @Nullable String code(Column column, RawCell cell, ImportRow row) {
        String code = text(cell).replace(" ", "");
        if (!PLAIN.matcher(code).matches() || code.startsWith("-")) {
            row.add(Issue.error(column.key(), "intake.cell.code", text(cell)));
            return null;
        }
        return code;
    }

    private static @Nullable Long count(Column column, RawCell cell, ImportRow row) {
        BigDecimal number = decimal(column, cell, row);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0) {
            row.add(Issue.error(column.key(), "intake.cell.notWhole", text(cell)));
            return null;
        }
        return number.longValueExact();
    }

    private static @Nullable BigDecimal decimal(Column column, RawCell cell, ImportRow row) {
        BigDecimal number = switch (cell) {
            case RawCell.Number n -> n.value();
            case RawCell.Text t -> parseNumber(text(t).replace('\u00a0', ' ').replace(" ", ""), column, row);
            default -> {
                row.add(Issue.error(column.key(), "intake.cell.notNumber", text(cell)));
                yield null;
            }
        };
        if (number == null) {
            return null;
        }
        if (number.signum() < 0) {
            row.add(Issue.error(column.key(), "intake.cell.negative", text(cell)));
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(MOST)) > 0) {
            row.add(Issue.error(column.key(), "intake.cell.tooLarge", text(cell)));
            return null;
        }
        return number;
    }

    private static @Nullable BigDecimal parseNumber(String text, Column column, ImportRow row) {
        if (PLAIN.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        if (VI_GROUPED.matcher(text).matches()) {
            return new BigDecimal(text.replace(".", ""));
        }
        if (COMMA_GROUPED.matcher(text).matches()) {
            row.add(Issue.error(column.key(), "intake.cell.commaGrouped", text));
            return null;
        }
        if (DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text.replace(',', '.'));
        }
        row.add(Issue.error(column.key(), "intake.cell.notNumber", text));
        return null;
    }

    private static @Nullable LocalDate date(Column column, RawCell cell, ImportRow row) {
        if (cell instanceof RawCell.Date d) {
            return d.value();
        }
        String text = text(cell);
        try {
            Matcher dayFirst = DAY_FIRST.matcher(text);
            if (dayFirst.matches()) {
                return LocalDate.of(
                        Integer.parseInt(dayFirst.group(3)),
                        Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1)));
            }
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return LocalDate.of(
                        Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
        } catch (DateTimeException e) {
            // 31/02/2025 and the like: not a day of the calendar, reported below.
        }
        row.add(Issue.error(column.key(), "intake.cell.notDate", text));
        return null;
    }

    private static @Nullable Boolean yesNo(Column column, RawCell cell, ImportRow row) {
        if (cell instanceof RawCell.Bool b) {
            return b.value();
        }
        String folded = VietnameseText.fold(text(cell));
        if (YES.contains(folded)) {
            return true;
        }
        if (NO.contains(folded)) {
            return false;
        }
        row.add(Issue.error(column.key(), "intake.cell.notYesNo", text(cell)));
        return null;
    }

    private static @Nullable String choice(Column column, RawCell cell, ImportRow row) {
        String given = VietnameseText.fold(text(cell));
        for (Choice choice : column.choices()) {
            if (given.equals(VietnameseText.fold(choice.code()))
                    || given.equals(VietnameseText.fold(choice.vi()))
                    || given.equals(VietnameseText.fold(choice.en()))) {
                return choice.code();
            }
        }
        row.add(Issue.error(column.key(), "intake.cell.notChoice", text(cell)));
        return null;
    }
}
