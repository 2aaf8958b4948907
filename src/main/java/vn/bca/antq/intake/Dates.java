package vn.bca.antq.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.bca.antq.admin.AdminUnit;

/** A fact's date must lie inside the submission's year and inside its unit's life (new communes began 01/07/2025). */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {}

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static void checkWithin(ImportRow row, String column, Scope scope) {
        LocalDate date = (LocalDate) row.value(column);
        AdminUnit unit = row.unit();
        if (date == null || unit == null) {
            return;
        }
        LocalDate from = scope.firstDayOf(unit);
        LocalDate to = scope.lastDayOf(unit);
        if (date.isBefore(from) || date.isAfter(to)) {
            row.add(Issue.error(column, "intake.cell.dateOutside", DAY.format(date), DAY.format(from), DAY.format(to)));
        }
    }
}
