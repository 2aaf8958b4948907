package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Years;

/**
 * The state every dashboard page keeps in its address ({@code ?year=2022&indicator=COVERAGE_COMMUNES&structure=reported}),
 * so that a link can be shared and Back restores it. Invalid values fall back to the defaults and are reported. The
 * structure is written only when it is not today's (an address without it means today's structure).
 */
record DashboardParameters(
        int year,
        Indicator indicator,
        Structure structure,
        @Nullable String rejectedYear,
        @Nullable String rejectedIndicator,
        @Nullable String rejectedStructure) {

    static final int FIRST_YEAR = Years.FIRST;
    static final int LAST_YEAR = Years.LAST;
    static final int DEFAULT_YEAR = Years.DEFAULT;
    static final Indicator DEFAULT_INDICATOR = Indicator.COVERAGE_COMMUNES;
    static final String YEAR = "year";
    static final String INDICATOR = "indicator";
    static final String STRUCTURE = "structure";

    static DashboardParameters defaults() {
        return new DashboardParameters(DEFAULT_YEAR, DEFAULT_INDICATOR, Structure.DEFAULT, null, null, null);
    }

    /** Reads the address; values that were not understood fall back to the defaults and are kept to tell the user. */
    static DashboardParameters from(QueryParameters query) {
        Optional<String> yearText = query.getSingleParameter(YEAR);
        Optional<String> indicatorText = query.getSingleParameter(INDICATOR);
        Optional<String> structureText = query.getSingleParameter(STRUCTURE);
        Optional<Integer> year = yearText.flatMap(DashboardParameters::parseYear);
        Optional<Indicator> indicator = indicatorText.flatMap(DashboardParameters::parseIndicator);
        Optional<Structure> structure = structureText.flatMap(Structure::ofCode);
        return new DashboardParameters(
                year.orElse(DEFAULT_YEAR),
                indicator.orElse(DEFAULT_INDICATOR),
                structure.orElse(Structure.DEFAULT),
                year.isEmpty() ? yearText.orElse(null) : null,
                indicator.isEmpty() ? indicatorText.orElse(null) : null,
                structure.isEmpty() ? structureText.orElse(null) : null);
    }

    boolean hasRejected() {
        return rejectedYear != null || rejectedIndicator != null || rejectedStructure != null;
    }

    DashboardParameters withYear(int newYear) {
        return new DashboardParameters(newYear, indicator, structure, null, null, null);
    }

    DashboardParameters withIndicator(Indicator newIndicator) {
        return new DashboardParameters(year, newIndicator, structure, null, null, null);
    }

    DashboardParameters withStructure(Structure newStructure) {
        return new DashboardParameters(year, indicator, newStructure, null, null, null);
    }

    /** The era whose units the year is shown on. */
    Era era() {
        return structure.era(year);
    }

    /** Figures of a year before the reform shown on today's structure: old units' figures carried onto the new ones. */
    boolean restated() {
        return structure == Structure.CURRENT && year < Era.REFORM_DATE.getYear();
    }

    QueryParameters toQuery() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(YEAR, String.valueOf(year));
        values.put(INDICATOR, indicator.code());
        if (structure != Structure.DEFAULT) {
            values.put(STRUCTURE, structure.code());
        }
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
