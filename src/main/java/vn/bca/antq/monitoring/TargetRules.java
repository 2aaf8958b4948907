package vn.bca.antq.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.intake.Dataset;
import vn.bca.antq.intake.DatasetRules;
import vn.bca.antq.intake.ImportRow;
import vn.bca.antq.intake.Issue;
import vn.bca.antq.intake.Rows;
import vn.bca.antq.intake.Scope;
import vn.bca.antq.security.AccessScope;

/**
 * A province's target file: one row per indicator and commune with the value to reach by the end of the year. Rows
 * are checked as a target set on the page is (the same refusals, and only units the importer may set), and a commit
 * sets every target through {@link TargetService}, so each change is in the targets' history and the audit log; a
 * target of the scope missing from the file is removed.
 */
@Component
class TargetRules implements DatasetRules {

    private final TargetService targets;
    private final AccessScope access;

    TargetRules(TargetService targets, AccessScope access) {
        this.targets = targets;
        this.access = access;
    }

    @Override
    public Dataset dataset() {
        return Dataset.TARGETS;
    }

    @Override
    public void check(ImportRow row, Scope scope) {
        if (!access.maySetTargetOf(row.knownUnit())) {
            row.add(Issue.error(
                    Dataset.UNIT_CODE,
                    "intake.row.targetNotYours",
                    row.knownUnit().getName()));
            return;
        }
        Indicator indicator = row.indicator();
        if (indicator == null) {
            return;
        }
        try {
            TargetService.check(indicator, scope.year(), row.decimal(Dataset.TARGET));
        } catch (MonitoringRefused refused) {
            row.add(Issue.error(Dataset.TARGET, refused.messageKey(), refused.arguments()));
        }
    }

    @Override
    public String key(ImportRow row) {
        return row.value("indicator") + "|" + row.knownUnit().getId();
    }

    @Override
    public List<ImportRow> current(Scope scope) {
        Map<Long, AdminUnit> byId = scope.unitsById();
        List<ImportRow> rows = new ArrayList<>();
        for (Target target : targets.targets(scope.year(), scope.units())) {
            ImportRow row = Rows.of(Objects.requireNonNull(byId.get(target.unitId())));
            row.put("indicator", target.indicator().code());
            row.put("indicator_name", target.indicator().name(Language.VI));
            row.put(Dataset.TARGET, target.value());
            rows.add(row);
        }
        return Rows.inUnitOrder(rows);
    }

    /** Sets the file's targets and removes the scope's others (the file holds all of them); the ids go unused. */
    @Override
    public void replace(Scope scope, List<ImportRow> rows, long sourceId, long batchId) {
        Map<String, ImportRow> wanted = new HashMap<>();
        rows.forEach(row -> wanted.put(key(row), row));
        for (ImportRow row : current(scope)) {
            if (!wanted.containsKey(key(row)) && access.maySetTargetOf(row.knownUnit())) {
                targets.set(Objects.requireNonNull(row.indicator()), row.knownUnit(), scope.year(), null);
            }
        }
        for (ImportRow row : rows) {
            targets.set(
                    Objects.requireNonNull(row.indicator()),
                    row.knownUnit(),
                    scope.year(),
                    row.decimal(Dataset.TARGET));
        }
    }
}
