package vn.bca.antq.intake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.coverage.Assessments;
import vn.bca.antq.coverage.Category;
import vn.bca.antq.coverage.LegalBasis;

/** "An toàn về ANTT" assessments: one row per commune (or district before 2025), totals and recognised units per category. */
@Component
class SafetyRules implements DatasetRules {

    /** A national coverage rate moved by this many percentage points or more by one file is flagged to the approver. */
    static final double VISIBLE_POINTS = 0.5;

    private static final Map<Category, Plausibility.Thing> THINGS = Map.of(
            Category.RESIDENTIAL_AREA,
            Plausibility.Thing.RESIDENTIAL_AREAS,
            Category.AGENCY,
            Plausibility.Thing.AGENCIES,
            Category.ENTERPRISE,
            Plausibility.Thing.ENTERPRISES,
            Category.SCHOOL,
            Plausibility.Thing.SCHOOLS);

    private final Assessments assessments;
    private final AdministrativeUnits units;

    SafetyRules(Assessments assessments, AdministrativeUnits units) {
        this.assessments = assessments;
        this.units = units;
    }

    @Override
    public Dataset dataset() {
        return Dataset.SAFETY;
    }

    @Override
    public void check(ImportRow row, Scope scope) {
        boolean any = false;
        for (Category c : Category.values()) {
            Long total = row.count(Dataset.total(c));
            Long recognised = row.count(Dataset.recognised(c));
            boolean unread = row.issuesOf(Dataset.total(c)).size()
                            + row.issuesOf(Dataset.recognised(c)).size()
                    > 0;
            if (unread) {
                any = true;
            } else if (total == null && recognised != null) {
                row.add(Issue.error(Dataset.total(c), "intake.row.totalMissing"));
            } else if (total != null && recognised == null) {
                row.add(Issue.error(Dataset.recognised(c), "intake.row.recognisedMissing"));
            } else if (total != null) {
                any = true;
                if (recognised != null && recognised > total) {
                    row.add(Issue.error(Dataset.recognised(c), "intake.row.recognisedAboveTotal", recognised, total));
                }
            }
        }
        if (!any && !row.hasErrors()) {
            row.add(Issue.error(null, "intake.row.noFigures"));
        }
        THINGS.forEach((c, thing) -> Plausibility.checkSize(row, Dataset.total(c), thing));
        Long communes = row.count(Dataset.total(Category.COMMUNE));
        long existing = communesOf(row.knownUnit());
        if (communes != null && communes > existing) {
            row.add(Issue.error(Dataset.total(Category.COMMUNE), "intake.row.moreThanExist", communes, existing));
        }
        Dates.checkWithin(row, "assessed_on", scope);
    }

    @Override
    public String key(ImportRow row) {
        return String.valueOf(row.knownUnit().getId());
    }

    @Override
    public List<String> comparedWithLastYear() {
        return Arrays.stream(Category.values())
                .flatMap(c -> Stream.of(Dataset.total(c), Dataset.recognised(c)))
                .toList();
    }

    /** Fewer communes than the administrative list holds deserves a word (more is an error). */
    @Override
    public void warn(ImportRow row, Scope scope) {
        Long communes = row.count(Dataset.total(Category.COMMUNE));
        long expected = communesOf(row.knownUnit());
        if (communes != null && communes != expected) {
            row.add(Issue.warning(Dataset.total(Category.COMMUNE), "intake.warn.referenceCount", communes, expected));
        }
    }

    /**
     * The nation's rate of each category before and after this file replaces the scope's rows, over assessments of
     * the same levels as the file's rows: a move of {@link #VISIBLE_POINTS} points or more is flagged.
     */
    @Override
    public List<Issue> checkAgainstNation(Scope scope, List<ImportRow> rows) {
        Map<String, long[]> nation = new HashMap<>();
        for (Assessments.LevelTotals sums : assessments.totalsByLevel(scope.year())) {
            nation.put(sums.level() + "|" + sums.category(), new long[] {sums.total(), sums.recognised()});
        }
        Map<String, long[]> after = new HashMap<>();
        nation.forEach((key, sums) -> after.put(key, sums.clone()));
        add(after, current(scope), -1);
        add(after, rows, 1);
        List<Issue> issues = new ArrayList<>();
        for (Category c : Category.values()) {
            for (UnitLevel level : List.of(UnitLevel.DISTRICT, UnitLevel.COMMUNE)) {
                double before = rate(nation.get(level + "|" + c));
                double now = rate(after.get(level + "|" + c));
                if (!Double.isNaN(before) && !Double.isNaN(now) && Math.abs(now - before) >= VISIBLE_POINTS) {
                    issues.add(Issue.warning(
                            Dataset.total(c),
                            "intake.warn.movesNation",
                            Dataset.SAFETY.column(Dataset.recognised(c)).headerVi(),
                            Dataset.SAFETY.column(Dataset.recognised(c)).headerEn(),
                            percent(before),
                            percent(now)));
                    break;
                }
            }
        }
        return issues;
    }

    private static void add(Map<String, long[]> sums, List<ImportRow> rows, int sign) {
        for (ImportRow row : rows) {
            for (Category c : Category.values()) {
                Long total = row.count(Dataset.total(c));
                Long recognised = row.count(Dataset.recognised(c));
                if (total != null && recognised != null) {
                    long[] s = sums.computeIfAbsent(row.knownUnit().getLevel() + "|" + c, k -> new long[2]);
                    s[0] += sign * total;
                    s[1] += sign * recognised;
                }
            }
        }
    }

    private static String percent(double rate) {
        return Format.percent(BigDecimal.valueOf(rate).setScale(2, RoundingMode.HALF_UP));
    }

    /** Percent, or NaN without units. */
    private static double rate(long @Nullable [] sums) {
        return sums == null || sums[0] <= 0 ? Double.NaN : 100.0 * sums[1] / sums[0];
    }

    private long communesOf(AdminUnit unit) {
        return unit.getLevel() == UnitLevel.COMMUNE
                ? 1
                : units.within(unit, UnitLevel.COMMUNE).size();
    }

    @Override
    public List<ImportRow> current(Scope scope) {
        Map<Long, ImportRow> rows = new LinkedHashMap<>();
        Map<Long, AdminUnit> byId = scope.unitsById();
        for (Assessments.Assessment a : assessments.ofYear(scope.unitIds(), scope.year())) {
            AdminUnit unit = Objects.requireNonNull(byId.get(a.unitId()));
            ImportRow row = rows.computeIfAbsent(unit.getId(), id -> Rows.of(unit));
            row.put(Dataset.total(a.category()), a.total());
            row.put(Dataset.recognised(a.category()), a.recognised());
            if (!(row.value("assessed_on") instanceof LocalDate latest)
                    || a.assessedOn().isAfter(latest)) {
                row.put("assessed_on", a.assessedOn());
            }
        }
        return Rows.inUnitOrder(rows.values());
    }

    @Override
    public void replace(Scope scope, List<ImportRow> rows, long sourceId, long batchId) {
        List<Assessments.Assessment> stored = new ArrayList<>();
        for (ImportRow row : rows) {
            LocalDate on = (LocalDate) Objects.requireNonNull(row.value("assessed_on"), "assessed_on is required");
            for (Category c : Category.values()) {
                Long total = row.count(Dataset.total(c));
                if (total != null) {
                    stored.add(new Assessments.Assessment(
                            row.knownUnit().getId(),
                            scope.year(),
                            c,
                            total,
                            Objects.requireNonNull(row.count(Dataset.recognised(c))),
                            LegalBasis.on(on),
                            on));
                }
            }
        }
        assessments.replace(scope.unitIds(), scope.year(), stored, sourceId, batchId);
    }
}
