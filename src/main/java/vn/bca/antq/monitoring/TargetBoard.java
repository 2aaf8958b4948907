package vn.bca.antq.monitoring;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.indicator.Indicator;

/**
 * The targets of a year for a unit and the units beneath it (the nation and its provinces, or a province and its
 * communes), each with its progress, and the nation's targets to set them beside.
 */
public record TargetBoard(
        int year,
        AdminUnit parent,
        List<AdminUnit> children,
        Map<String, TargetStatus> statuses,
        Map<Indicator, Target> national) {

    public TargetStatus status(AdminUnit unit, Indicator indicator) {
        TargetStatus status = statuses.get(key(unit.getId(), indicator));
        return status != null ? status : new TargetStatus(unit, indicator, year, null, null, null, null);
    }

    public @Nullable Target nationalTarget(Indicator indicator) {
        return national.get(indicator);
    }

    static String key(long unitId, Indicator indicator) {
        return unitId + "|" + indicator;
    }
}
