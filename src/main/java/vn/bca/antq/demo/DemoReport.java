package vn.bca.antq.demo;

import java.util.Map;

/** What one run of the generator wrote and how long it took (building in memory, then writing). */
public record DemoReport(int scale, Map<String, Integer> rowsPerTable, long buildMillis, long writeMillis) {

    public int totalRows() {
        return rowsPerTable.values().stream().mapToInt(Integer::intValue).sum();
    }

    public long totalMillis() {
        return buildMillis + writeMillis;
    }
}
