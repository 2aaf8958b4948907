package vn.bca.antq.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.export.Table;
import vn.bca.antq.indicator.Indicator;

/**
 * The prefilled template of a scope: the data sheet (the current figures; for assessments a row for every unit, for
 * counters a row for every counter of the province, so an officer only fills numbers in), a sheet of instructions,
 * and the code lists (units of the year's structure inside the province, and each column's allowed values).
 */
@Component
class Templates {

    static final String DATA_SHEET = "Dữ liệu";

    private final AdministrativeUnits units;

    Templates(AdministrativeUnits units) {
        this.units = units;
    }

    List<Table> of(Scope scope, List<ImportRow> current, Map<String, List<Column.Choice>> codeLists, boolean vietnamese) {
        Dataset dataset = scope.dataset();
        List<ImportRow> rows = new ArrayList<>(current);
        if (dataset == Dataset.SAFETY) {
            Set<Long> present = new HashSet<>();
            current.forEach(r -> present.add(r.unit().getId()));
            scope.units().stream().filter(u -> !present.contains(u.getId()) && u.getLevel() == UnitLevel.COMMUNE).map(Rows::of).forEach(rows::add);
            rows = new ArrayList<>(Rows.inUnitOrder(rows));
        } else if (dataset == Dataset.COUNTERS) {
            addBlankCounters(scope, current, rows);
        }
        List<List<@Nullable Object>> data = new ArrayList<>();
        for (ImportRow row : rows) {
            List<@Nullable Object> cells = new ArrayList<>();
            for (Column column : dataset.columns()) {
                cells.add(cell(column, row.value(column.key()), vietnamese));
            }
            data.add(cells);
        }
        return List.of(new Table(DATA_SHEET, dataset.columns().stream().map(c -> c.header(vietnamese)).toList(), data),
                guide(scope, vietnamese), codes(scope, codeLists, vietnamese));
    }

    private void addBlankCounters(Scope scope, List<ImportRow> current, List<ImportRow> rows) {
        Set<String> present = new HashSet<>();
        current.forEach(r -> present.add(r.value("indicator") + "|" + r.unit().getId()));
        for (AdminUnit province : scope.units().stream().filter(u -> u.getLevel() == UnitLevel.PROVINCE).toList()) {
            for (Indicator indicator : CounterIndicators.all()) {
                if (!present.contains(indicator.code() + "|" + province.getId())) {
                    ImportRow row = Rows.of(province);
                    row.put("indicator", indicator.code());
                    row.put("indicator_name", indicator.nameVi());
                    rows.add(row);
                }
            }
        }
    }

    /** A cell as the file shows it: numbers and dates typed, yes/no and choices as words the reader takes back. */
    private static @Nullable Object cell(Column column, @Nullable Object value, boolean vietnamese) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return vietnamese ? (b ? "Có" : "Không") : (b ? "Yes" : "No");
        }
        if (column.type() == ColumnType.CHOICE && !column.key().equals("indicator")) {
            return column.choices().stream().filter(c -> c.code().equals(value)).findFirst().map(c -> vietnamese ? c.vi() : c.en()).orElse(null);
        }
        return value;
    }

    private static Table guide(Scope scope, boolean vietnamese) {
        String header = vietnamese ? "Hướng dẫn" : "Instructions";
        List<String> lines = vietnamese ? List.of(
                scope.dataset().displayName(true) + " năm " + scope.year() + " – " + scope.province().getName() + ".",
                "Điền số liệu vào trang “" + DATA_SHEET + "”; giữ nguyên dòng tiêu đề (có thể đổi thứ tự cột).",
                "Mã đơn vị theo danh mục hành chính của năm " + scope.year() + " (trang “Danh mục”); dòng chỉ có mã và tên đơn vị được bỏ qua.",
                "Số lượng là số nguyên không âm, có thể viết 1.234 hoặc 1234; ngày viết dd/MM/yyyy, trong năm " + scope.year() + ".",
                "Không dùng công thức, không gộp ô, không ẩn trang tính; lưu dạng .xlsx hoặc CSV UTF-8.",
                "Tệp nộp thay toàn bộ số liệu của bộ số liệu này cho năm " + scope.year() + "; số liệu cũ vẫn được lưu trong lịch sử.",
                "Hạn nộp: " + Dates.day(scope.dataset().deadline(scope.year())) + ".") : List.of(
                scope.dataset().displayName(false) + " " + scope.year() + " – " + scope.province().getNameEn() + ".",
                "Fill in the “" + DATA_SHEET + "” sheet; keep the header row (columns may be in any order).",
                "Unit codes follow the administrative list of " + scope.year() + " (sheet “Danh mục”); rows with only a unit's code and name are skipped.",
                "Counts are non-negative whole numbers, 1.234 or 1234; dates dd/MM/yyyy within " + scope.year() + ".",
                "No formulas, merged cells or hidden sheets; save as .xlsx or CSV UTF-8.",
                "The file replaces all of this dataset's figures for " + scope.year() + "; earlier figures stay in the history.",
                "Due: " + Dates.day(scope.dataset().deadline(scope.year())) + ".");
        return new Table(header, List.of(header), lines.stream().<List<@Nullable Object>>map(l -> List.of(l)).toList());
    }

    private Table codes(Scope scope, Map<String, List<Column.Choice>> codeLists, boolean vietnamese) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (AdminUnit unit : scope.units()) {
            String parent = units.parent(unit).map(AdminUnit::getName).orElse("");
            rows.add(List.of(vietnamese ? "Đơn vị" : "Unit", unit.getCode(), vietnamese ? unit.getName() : unit.getNameEn(), parent));
        }
        for (Column column : scope.dataset().columns()) {
            for (Column.Choice choice : column.choices()) {
                rows.add(List.of(column.header(vietnamese), choice.code(), vietnamese ? choice.vi() : choice.en(), ""));
            }
        }
        codeLists.forEach((list, choices) -> choices.forEach(choice ->
                rows.add(List.of(list, choice.code(), vietnamese ? choice.vi() : choice.en(), ""))));
        return new Table("Danh mục", vietnamese ? List.of("Danh mục", "Mã", "Tên", "Thuộc") : List.of("List", "Code", "Name", "Part of"), rows);
    }
}
