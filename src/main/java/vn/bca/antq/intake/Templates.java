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
import vn.bca.antq.base.text.Language;
import vn.bca.antq.base.text.Translations;
import vn.bca.antq.export.Table;
import vn.bca.antq.indicator.Indicator;

/**
 * The prefilled template of a scope: the data sheet (the current figures; for assessments a row for every unit, for
 * counters a row for every counter of the province, for targets one for every indicator of every commune, so an
 * officer only fills numbers in), a sheet of instructions,
 * and the code lists (units of the year's structure inside the province, and each column's allowed values).
 */
@Component
class Templates {

    static final String DATA_SHEET = "Dữ liệu";
    /** The code lists' sheet, named the same in both languages as the data sheet is. */
    static final String CODES_SHEET = "Danh mục";

    private final AdministrativeUnits units;

    Templates(AdministrativeUnits units) {
        this.units = units;
    }

    List<Table> of(
            Scope scope, List<ImportRow> current, Map<String, List<Column.Choice>> codeLists, Language language) {
        Dataset dataset = scope.dataset();
        List<ImportRow> rows = new ArrayList<>(current);
        if (dataset == Dataset.SAFETY) {
            Set<Long> present = new HashSet<>();
            current.forEach(r -> present.add(r.knownUnit().getId()));
            scope.units().stream()
                    .filter(u -> !present.contains(u.getId()) && u.getLevel() == UnitLevel.COMMUNE)
                    .map(Rows::of)
                    .forEach(rows::add);
            rows = new ArrayList<>(Rows.inUnitOrder(rows));
        } else if (dataset == Dataset.COUNTERS) {
            addBlankIndicators(scope.units(UnitLevel.PROVINCE), CounterIndicators.all(), current, rows);
        } else if (dataset == Dataset.TARGETS) {
            addBlankIndicators(scope.units(UnitLevel.COMMUNE), Indicator.withTargets(), current, rows);
            rows = new ArrayList<>(Rows.inUnitOrder(rows));
        }
        List<List<@Nullable Object>> data = new ArrayList<>();
        for (ImportRow row : rows) {
            List<@Nullable Object> cells = new ArrayList<>();
            for (Column column : dataset.columns()) {
                cells.add(cell(column, row.value(column.key()), language));
            }
            data.add(cells);
        }
        return List.of(
                new Table(
                        DATA_SHEET,
                        dataset.columns().stream().map(c -> c.header(language)).toList(),
                        data),
                guide(scope, language),
                codes(scope, codeLists, language));
    }

    /** A row, to be filled in, for every indicator of every unit that has none yet. */
    private static void addBlankIndicators(
            List<AdminUnit> units, List<Indicator> indicators, List<ImportRow> current, List<ImportRow> rows) {
        Set<String> present = new HashSet<>();
        current.forEach(
                r -> present.add(r.value("indicator") + "|" + r.knownUnit().getId()));
        for (AdminUnit unit : units) {
            for (Indicator indicator : indicators) {
                if (!present.contains(indicator.code() + "|" + unit.getId())) {
                    ImportRow row = Rows.of(unit);
                    row.put("indicator", indicator.code());
                    row.put("indicator_name", indicator.name(Language.VI));
                    rows.add(row);
                }
            }
        }
    }

    /** A cell as the file shows it: numbers and dates typed, yes/no and choices as words the reader takes back. */
    private static @Nullable Object cell(Column column, @Nullable Object value, Language language) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return Translations.get(language, b ? "template.yes" : "template.no");
        }
        if (column.type() == ColumnType.CHOICE && !column.key().equals("indicator")) {
            return column.choices().stream()
                    .filter(c -> c.code().equals(value))
                    .findFirst()
                    .map(c -> language.pick(c.vi(), c.en()))
                    .orElse(null);
        }
        return value;
    }

    private static Table guide(Scope scope, Language language) {
        String year = String.valueOf(scope.year());
        String header = Translations.get(language, "template.guide");
        List<String> lines = List.of(
                Translations.get(
                        language,
                        "template.guide.title",
                        scope.dataset().name(language),
                        year,
                        language.pick(
                                scope.province().getName(), scope.province().getNameEn())),
                Translations.get(language, "template.guide.fill", DATA_SHEET),
                Translations.get(language, "template.guide.codes", year, CODES_SHEET),
                Translations.get(language, "template.guide.numbers", year),
                Translations.get(language, "template.guide.format"),
                Translations.get(language, "template.guide.replace", year),
                Translations.get(
                        language,
                        "template.guide.due",
                        Dates.day(scope.dataset().deadline(scope.year()))));
        return new Table(
                header,
                List.of(header),
                lines.stream().<List<@Nullable Object>>map(l -> List.of(l)).toList());
    }

    private Table codes(Scope scope, Map<String, List<Column.Choice>> codeLists, Language language) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        String unitList = Translations.get(language, "template.codes.unit");
        for (AdminUnit unit : scope.units()) {
            String parent = units.parent(unit).map(AdminUnit::getName).orElse("");
            rows.add(List.of(unitList, unit.getCode(), language.pick(unit.getName(), unit.getNameEn()), parent));
        }
        for (Column column : scope.dataset().columns()) {
            for (Column.Choice choice : column.choices()) {
                rows.add(List.of(column.header(language), choice.code(), language.pick(choice.vi(), choice.en()), ""));
            }
        }
        codeLists.forEach((list, choices) -> choices.forEach(
                choice -> rows.add(List.of(list, choice.code(), language.pick(choice.vi(), choice.en()), ""))));
        return new Table(
                CODES_SHEET,
                List.of("list", "code", "name", "parent").stream()
                        .map(k -> Translations.get(language, "template.codes." + k))
                        .toList(),
                rows);
    }
}
