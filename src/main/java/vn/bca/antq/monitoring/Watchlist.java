package vn.bca.antq.monitoring;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import vn.bca.antq.admin.AdminUnit;

/**
 * The provinces to watch in a year ("tỉnh cần chú ý"), for conference screens: each province's targets that are at
 * risk or behind, and how many alerts are open about it and its units, by rule; most behind first.
 */
public record Watchlist(int year, List<Entry> entries) implements Serializable {

    public record Entry(AdminUnit province, List<TargetStatus> lagging, Map<AlertRule, Integer> openAlerts)
            implements Serializable {

        public int alertCount() {
            return openAlerts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
