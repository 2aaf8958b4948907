package vn.bca.antq.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.indicator.Indicator;

/**
 * One row of an upload (or of a correction): its row number in the file, the values read from its cells (by column
 * key: String, Long, LocalDate or Boolean; absent when blank or unreadable), the unit its code names, and its issues.
 */
public final class ImportRow {

    private final int rowNumber;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<Issue> issues = new ArrayList<>();
    private @Nullable AdminUnit unit;

    public ImportRow(int rowNumber) {
        this.rowNumber = rowNumber;
    }

    public int rowNumber() {
        return rowNumber;
    }

    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    public @Nullable Object value(String column) {
        return values.get(column);
    }

    public @Nullable Long count(String column) {
        return (Long) values.get(column);
    }

    public @Nullable BigDecimal decimal(String column) {
        return (BigDecimal) values.get(column);
    }

    /** The indicator a row of an indicator-per-row file names (counters, targets), read as its code. */
    public @Nullable Indicator indicator() {
        Object code = values.get("indicator");
        return code == null ? null : Indicator.valueOf((String) code);
    }

    public void put(String column, Object value) {
        values.put(column, value);
    }

    public void remove(String column) {
        values.remove(column);
    }

    public @Nullable AdminUnit unit() {
        return unit;
    }

    /** The unit of a row whose code was found: the rules see no other rows, nor do rows read back from the database. */
    public AdminUnit knownUnit() {
        if (unit == null) {
            throw new IllegalStateException("Row " + rowNumber + " names no known unit");
        }
        return unit;
    }

    void setUnit(AdminUnit unit) {
        this.unit = unit;
    }

    public List<Issue> issues() {
        return Collections.unmodifiableList(issues);
    }

    public void add(Issue issue) {
        issues.add(issue);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(Issue::isError);
    }

    public List<Issue> issuesOf(String column) {
        return issues.stream().filter(i -> column.equals(i.column())).toList();
    }
}
