package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Years;

/**
 * The state every dashboard page keeps in its address ({@code ?year=2022&indicator=COVERAGE_COMMUNES}), so that a
 * link can be shared and Back restores it. Invalid values fall back to the defaults and are reported.
 */
record DashboardParameters(int year, Indicator indicator, @Nullable String rejectedYear, @Nullable String rejectedIndicator) {

    static final int FIRST_YEAR = Years.FIRST;
    static final int LAST_YEAR = Years.LAST;
    static final int DEFAULT_YEAR = Years.DEFAULT;
    static final Indicator DEFAULT_INDICATOR = Indicator.COVERAGE_COMMUNES;
    static final String YEAR = "year";
    static final String INDICATOR = "indicator";

    static DashboardParameters defaults() {
        return new DashboardParameters(DEFAULT_YEAR, DEFAULT_INDICATOR, null, null);
    }

    /** Reads the address; values that were not understood fall back to the defaults and are kept to tell the user. */
    static DashboardParameters from(QueryParameters query) {
        Optional<String> yearText = query.getSingleParameter(YEAR);
        Optional<String> indicatorText = query.getSingleParameter(INDICATOR);
        Optional<Integer> year = yearText.flatMap(DashboardParameters::parseYear);
        Optional<Indicator> indicator = indicatorText.flatMap(DashboardParameters::parseIndicator);
        return new DashboardParameters(year.orElse(DEFAULT_YEAR), indicator.orElse(DEFAULT_INDICATOR),
                year.isEmpty() ? yearText.orElse(null) : null, indicator.isEmpty() ? indicatorText.orElse(null) : null);
    }

    boolean hasRejected() {
        return rejectedYear != null || rejectedIndicator != null;
    }

    DashboardParameters withYear(int newYear) {
        return new DashboardParameters(newYear, indicator, null, null);
    }

    DashboardParameters withIndicator(Indicator newIndicator) {
        return new DashboardParameters(year, newIndicator, null, null);
    }

    QueryParameters toQuery() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(YEAR, String.valueOf(year));
        values.put(INDICATOR, indicator.code());
        return QueryParameters.simple(values);
    }

    private static Optional<Integer> parseYear(String text) {
        try {
            int parsed = Integer.parseInt(text.strip());
            return parsed >= FIRST_YEAR && parsed <= LAST_YEAR ? Optional.of(parsed) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Indicator> parseIndicator(String text) {
        return Indicator.ofCode(text);
    }
}
