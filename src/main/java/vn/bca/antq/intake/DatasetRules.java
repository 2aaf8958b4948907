package vn.bca.antq.intake;

import java.util.List;
import java.util.Map;

/**
 * The rules and storage of one dataset: how its rows are checked beyond single cells, which row is which (for
 * duplicates and year-on-year comparison), how its current figures read back as rows (templates, corrections,
 * comparison), and how an import replaces the figures of a scope. A feature that intake must not depend on (targets)
 * implements it in its own package.
 */
public interface DatasetRules {

    Dataset dataset();

    /** Errors across the cells of one row whose unit is known (counts that contradict, dates outside the year...). */
    void check(ImportRow row, Scope scope);

    /** Errors across rows (rows of one model that disagree about it); most datasets have none. */
    default void checkAcross(List<ImportRow> rows) {}

    /** Code lists beyond the columns' own choices, for the template's code sheet (by column header): model types. */
    default Map<String, List<Column.Choice>> codeLists() {
        return Map.of();
    }

    /** What makes a row unique within a file: the same key twice is a duplicate. Uses unit ids, so eras never mix. */
    String key(ImportRow row);

    /** The columns whose values are compared with last year's row of the same key (a change of more than half warns). */
    default List<String> comparedWithLastYear() {
        return List.of();
    }

    /** How many times more (or less) than last year's value warns: see {@link Changes}. */
    default double changeFactor() {
        return Changes.STOCK_FACTOR;
    }

    /** Whether last year's row measures the same span as this year's (a flow over half a year does not). */
    default boolean comparable(ImportRow lastYear, int previousYear) {
        return true;
    }

    /**
     * Warnings on the file as a whole, for rows all free of errors: a file that would move a national figure visibly
     * is flagged, so the officer explains it and the approver sees it. Most datasets have none.
     */
    default List<Issue> checkAgainstNation(Scope scope, List<ImportRow> rows) {
        return List.of();
    }

    /** The dataset's own warnings on a row without errors (reference counts); most have none. */
    default void warn(ImportRow row, Scope scope) {}

    /** The figures the scope holds now, as rows (unit set, values by column key). */
    List<ImportRow> current(Scope scope);

    /**
     * Replaces the scope's figures by {@code rows} (all free of errors), citing {@code sourceId}; the replaced fact
     * rows are kept in replaced_fact under {@code batchId}. Runs inside the caller's transaction.
     */
    void replace(Scope scope, List<ImportRow> rows, long sourceId, long batchId);
}
