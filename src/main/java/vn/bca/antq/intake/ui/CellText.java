package vn.bca.antq.intake.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.intake.Column;
import vn.bca.antq.intake.ImportRow;
import vn.bca.antq.intake.Issue;

/** A row's cells and issues in words: vi-VN numbers and dates, Có/Không, a choice by its word, messages translated. */
final class CellText {

    private CellText() {}

    static String value(Column column, ImportRow row) {
        Object value = row.value(column.key());
        return switch (value) {
            case null -> "";
            case Long n -> Format.number(n);
            case BigDecimal n -> Format.number(n);
            case LocalDate d -> Format.date(d);
            case Boolean b -> UiLanguage.current().pick(b ? "Có" : "Không", b ? "Yes" : "No");
            case String s
            when !column.choices().isEmpty() ->
                column.choices().stream()
                        .filter(c -> c.code().equals(s))
                        .findFirst()
                        .map(c -> UiLanguage.current().pick(c.vi(), c.en()))
                        .orElse(s);
            default -> value.toString();
        };
    }

    static String message(Component host, Issue issue) {
        return host.getTranslation(issue.messageKey(), issue.arguments().toArray());
    }

    /** The issues of one column of a row, one per line. */
    static String issues(Component host, ImportRow row, String column) {
        return row.issuesOf(column).stream().map(i -> message(host, i)).collect(Collectors.joining("\n"));
    }

    /** The issues of a row that belong to no single cell (and of cells of columns the grid does not show). */
    static String rowIssues(Component host, ImportRow row) {
        return row.issues().stream()
                .filter(i -> i.column() == null)
                .map(i -> message(host, i))
                .collect(Collectors.joining(" "));
    }
}
