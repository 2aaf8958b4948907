package vn.bca.antq.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.intake.file.RawCell;
import vn.bca.antq.intake.file.RawTable;

/**
 * Turns a file's table (or rows of a correction) into checked rows: headers matched to the dataset's columns in any
 * order, cells read, units resolved inside the scope, the dataset's rules, duplicates, then warnings against last
 * year. Nothing here writes.
 */
final class Validation {

    /** Columns that only label a row. */
    private static final Set<String> LABELS =
            Set.of(Dataset.UNIT_CODE, Dataset.UNIT_NAME, "indicator", "indicator_name");

    private final AdministrativeUnits units;
    private final DatasetRules rules;
    private final Scope scope;
    private final Supplier<List<ImportRow>> previousYear;

    Validation(AdministrativeUnits units, DatasetRules rules, Scope scope, Supplier<List<ImportRow>> previousYear) {
        this.units = units;
        this.rules = rules;
        this.scope = scope;
        this.previousYear = previousYear;
    }

    Preview of(RawTable table, int submissionVersion) {
        List<Issue> fileIssues = new ArrayList<>();
        table.notices().forEach(notice -> fileIssues.add(Issue.notice(notice.messageKey(), notice.arguments())));
        Map<String, Integer> positions = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i);
            Optional<Column> column = scope.dataset().columns().stream()
                    .filter(c -> c.isNamedBy(header))
                    .findFirst();
            if (column.isEmpty()) {
                ignored.add(header);
            } else if (positions.putIfAbsent(column.get().key(), i) != null) {
                fileIssues.add(Issue.error(column.get().key(), "intake.header.twice", header));
            }
        }
        for (Column column : scope.dataset().columns()) {
            if (column.required() && !positions.containsKey(column.key())) {
                fileIssues.add(Issue.error(
                        column.key(),
                        "intake.header.missing",
                        column.headerVi(),
                        column.headerEn(),
                        table.sheetName()));
            }
        }
        List<ImportRow> rows = new ArrayList<>(table.rows().size());
        if (fileIssues.stream().noneMatch(Issue::isError)) {
            NumberConvention numbers = NumberConvention.of(
                    table,
                    positions.entrySet().stream()
                            .filter(e -> scope.dataset().column(e.getKey()).type() == ColumnType.COUNT)
                            .map(Map.Entry::getValue)
                            .toList());
            if (numbers == NumberConvention.ENGLISH) {
                fileIssues.add(Issue.notice("intake.read.english-numbers", List.of()));
            }
            for (RawTable.Row raw : table.rows()) {
                ImportRow row = new ImportRow(raw.rowNumber());
                positions.forEach((key, index) -> CellReader.read(
                                scope.dataset().column(key),
                                english(numbers, raw.cells().get(index)),
                                row)
                        .ifPresent(value -> row.put(key, value)));
                if (isFilled(row)) {
                    rows.add(row);
                }
            }
        }
        return check(table.fileName(), rows, fileIssues, ignored, submissionVersion, false);
    }

    Preview check(
            String fileName,
            List<ImportRow> rows,
            List<Issue> fileIssues,
            List<String> ignored,
            int submissionVersion,
            boolean correction) {
        Map<String, ImportRow> previous = new HashMap<>();
        if (!rows.isEmpty() && !rules.comparedWithLastYear().isEmpty()) {
            previousYear.get().forEach(p -> previous.put(rules.key(p), p));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (ImportRow row : rows) {
            for (Column column : scope.dataset().columns()) {
                if (column.required()
                        && row.value(column.key()) == null
                        && row.issuesOf(column.key()).isEmpty()) {
                    row.add(Issue.error(column.key(), "intake.cell.required"));
                }
            }
            Object code = row.value(Dataset.UNIT_CODE);
            if (code != null) {
                resolve(row, (String) code);
            }
            if (row.unit() == null) {
                continue;
            }
            rules.check(row, scope);
            Integer first = seen.putIfAbsent(rules.key(row), row.rowNumber());
            if (first != null) {
                row.add(Issue.error(null, "intake.row.duplicate", String.valueOf(first)));
            }
            if (!row.hasErrors()) {
                compareWithLastYear(row, previous.get(rules.key(row)));
            }
            if (!row.hasErrors()) {
                rules.warn(row, scope);
            }
        }
        List<ImportRow> good =
                rows.stream().filter(r -> r.unit() != null && !r.hasErrors()).toList();
        rules.checkAcross(good);
        List<Issue> issues = new ArrayList<>(fileIssues);
        if (!rows.isEmpty() && good.size() == rows.size()) {
            issues.addAll(rules.checkAgainstNation(scope, rows));
        }
        return new Preview(
                scope, fileName, rows, List.copyOf(issues), ignored, submissionVersion, hash(rows), correction);
    }

    /** Far above last year's value is an error; a change of more than half, a warning. */
    private void compareWithLastYear(ImportRow row, @Nullable ImportRow lastYear) {
        if (lastYear == null || !rules.comparable(lastYear, scope.year() - 1)) {
            return;
        }
        for (String column : rules.comparedWithLastYear()) {
            if (!Plausibility.checkAgainstLastYear(row, column, lastYear, scope.year() - 1)) {
                Changes.warnIfBig(row, column, lastYear, scope.year() - 1, rules.changeFactor());
            }
        }
    }

    /** A text cell of an English file with its thousands written the Vietnamese way; any other cell as it is. */
    private static RawCell english(NumberConvention numbers, RawCell cell) {
        return cell instanceof RawCell.Text text && numbers == NumberConvention.ENGLISH
                ? new RawCell.Text(text.column(), text.row(), numbers.toVietnamese(text.value()))
                : cell;
    }

    /** A template row left as it came (only the unit's code and name, or the indicator's) holds nothing to store. */
    private static boolean isFilled(ImportRow row) {
        return !row.issues().isEmpty() || row.values().keySet().stream().anyMatch(k -> !LABELS.contains(k));
    }

    private void resolve(ImportRow row, String code) {
        Optional<AdminUnit> unit = scope.unit(code);
        if (unit.isPresent()) {
            row.setUnit(unit.get());
            checkName(row, code, unit.get());
            return;
        }
        Era other = scope.era() == Era.PROVINCES_34 ? Era.PROVINCES_63 : Era.PROVINCES_34;
        Optional<AdminUnit> elsewhere = find(scope.era(), code);
        if (elsewhere.isPresent()) {
            AdminUnit found = elsewhere.get();
            String key = found.getLevel() == UnitLevel.PROVINCE || isInside(found)
                    ? "intake.row.unitLevel"
                    : "intake.row.unitOutside";
            row.add(Issue.error(
                    Dataset.UNIT_CODE,
                    key,
                    code,
                    found.getName(),
                    scope.province().getName()));
        } else if (find(other, code).isPresent()) {
            row.add(Issue.error(Dataset.UNIT_CODE, "intake.row.unitOtherEra", code, String.valueOf(scope.year())));
        } else {
            row.add(Issue.error(Dataset.UNIT_CODE, "intake.row.unitUnknown", code, String.valueOf(scope.year())));
        }
    }

    /**
     * A name beside the code must name the same unit: otherwise one commune's figures would land on another. The
     * error names both, and the unit the name belongs to when it is one of the scope's.
     */
    private void checkName(ImportRow row, String code, AdminUnit unit) {
        if (!(row.value(Dataset.UNIT_NAME) instanceof String typed)
                || typed.isBlank()
                || UnitNames.names(typed, unit)) {
            return;
        }
        Optional<AdminUnit> named =
                scope.units().stream().filter(u -> UnitNames.names(typed, u)).findFirst();
        if (named.isPresent()) {
            row.add(Issue.error(
                    Dataset.UNIT_NAME,
                    "intake.row.nameOfAnother",
                    code,
                    unit.getName(),
                    typed.strip(),
                    named.get().getCode()));
        } else {
            row.add(Issue.error(Dataset.UNIT_NAME, "intake.row.nameMismatch", code, unit.getName(), typed.strip()));
        }
    }

    private boolean isInside(AdminUnit unit) {
        return units.ancestorAt(unit, UnitLevel.PROVINCE)
                .flatMap(p -> scope.era() == Era.PROVINCES_34 ? Optional.of(p) : units.rollUpParent(p))
                .map(p -> p.getId().equals(scope.province().getId()))
                .orElse(false);
    }

    private Optional<AdminUnit> find(Era era, String code) {
        for (UnitLevel level : List.of(UnitLevel.COMMUNE, UnitLevel.DISTRICT, UnitLevel.PROVINCE)) {
            Optional<AdminUnit> unit = units.find(era, level, code);
            if (unit.isPresent()) {
                return unit;
            }
        }
        return Optional.empty();
    }

    /** SHA-256 of the rows' values in key order, so a file re-saved with other column order or row order hashes the same. */
    static String hash(List<ImportRow> rows) {
        List<String> lines = new ArrayList<>();
        for (ImportRow row : rows) {
            Map<String, Object> sorted = new TreeMap<>(row.values());
            sorted.remove(Dataset.UNIT_NAME);
            sorted.remove("indicator_name");
            lines.add(sorted.toString());
        }
        lines.sort(null);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> digest.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
