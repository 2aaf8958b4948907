package vn.bca.antq.intake;

import java.util.Collection;
import java.util.List;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;

/** Rows read back from the database: numbered 2, 3, ... like the data rows of a file under its header. */
public final class Rows {

    private Rows() {}

    public static ImportRow of(AdminUnit unit) {
        ImportRow row = new ImportRow(0);
        row.setUnit(unit);
        row.put(Dataset.UNIT_CODE, unit.getCode());
        row.put(Dataset.UNIT_NAME, unit.getName());
        return row;
    }

    /** Vietnamese alphabetical order of units, then the order given. */
    public static List<ImportRow> inUnitOrder(Collection<ImportRow> rows) {
        return rows.stream()
                .sorted((a, b) -> AdministrativeUnits.BY_NAME.compare(a.unit(), b.unit()))
                .toList();
    }
}
