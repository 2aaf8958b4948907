package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Years;

/**
 * What the side-by-side comparison shows, all of it in its address: 2–4 provinces ({@code compare?units=01,33,37&year=2026})
 * or 2–4 communes of one province ({@code compare?province=33&units=12166,12172&year=2026}), by their codes on the
 * structure of {@link ComparisonStructure}, in a year, with the trend of one indicator ({@code &indicator=}). Parts that
 * are not understood fall back to the defaults and are kept as {@link AddressProblem}s to tell the user.
 */
record CompareParameters(
        List<String> units,
        @Nullable String province,
        int year,
        Indicator indicator,
        ComparisonStructure structure,
        List<AddressProblem> problems) {

    static final int MOST = 4;
    static final int FEWEST = 2;
    static final String UNITS = "units";
    static final String PROVINCE = "province";
    static final String YEAR = "year";
    static final String INDICATOR = "indicator";

    CompareParameters {
        units = List.copyOf(units);
        problems = List.copyOf(problems);
    }

    static CompareParameters defaults() {
        return new CompareParameters(
                List.of(),
                null,
                Years.DEFAULT,
                DashboardParameters.DEFAULT_INDICATOR,
                ComparisonStructure.CURRENT,
                List.of());
    }

    static CompareParameters from(QueryParameters query) {
        List<AddressProblem> problems = new ArrayList<>();
        List<String> codes = query.getSingleParameter(UNITS).stream()
                .flatMap(s -> Arrays.stream(s.split(",")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        if (codes.size() > MOST) {
            problems.add(AddressProblem.of(
                    "compare.too-many", AddressProblem.Text.of(codes.size()), AddressProblem.Text.of(MOST)));
            codes = codes.subList(0, MOST);
        }
        String province = query.getSingleParameter(PROVINCE)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .orElse(null);
        int year = Years.DEFAULT;
        Optional<String> yearText = query.getSingleParameter(YEAR);
        if (yearText.isPresent()) {
            Optional<Integer> parsed = parseYear(yearText.get());
            if (parsed.isPresent()) {
                year = parsed.get();
            } else {
                problems.add(AddressProblem.of(
                        "overview.invalid-year",
                        AddressProblem.Text.typed(yearText.get()),
                        AddressProblem.Text.of(year)));
            }
        }
        Indicator indicator = DashboardParameters.DEFAULT_INDICATOR;
        Optional<String> indicatorText = query.getSingleParameter(INDICATOR);
        if (indicatorText.isPresent()) {
            Optional<Indicator> parsed = Indicator.ofCode(indicatorText.get());
            if (parsed.isPresent()) {
                indicator = parsed.get();
            } else {
                problems.add(AddressProblem.of(
                        "dashboard.invalid-indicator",
                        AddressProblem.Text.typed(indicatorText.get()),
                        AddressProblem.Text.of(indicator)));
            }
        }
        return new CompareParameters(codes, province, year, indicator, ComparisonStructure.CURRENT, problems);
    }

    private static Optional<Integer> parseYear(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip())).filter(Years::covers);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Communes of one province rather than provinces. */
    boolean communes() {
        return province != null;
    }

    CompareParameters withUnits(List<String> newUnits) {
        return new CompareParameters(newUnits, province, year, indicator, structure, List.of());
    }

    /** Units of another province (null: provinces); the chosen units are dropped. */
    CompareParameters withProvince(@Nullable String newProvince) {
        return new CompareParameters(List.of(), newProvince, year, indicator, structure, List.of());
    }

    CompareParameters withYear(int newYear) {
        return new CompareParameters(units, province, newYear, indicator, structure, List.of());
    }

    CompareParameters withIndicator(Indicator newIndicator) {
        return new CompareParameters(units, province, year, newIndicator, structure, List.of());
    }

    /** The same, without the units and problems found not to be there. */
    CompareParameters without(List<String> unknown) {
        return new CompareParameters(
                units.stream().filter(u -> !unknown.contains(u)).toList(),
                province,
                year,
                indicator,
                structure,
                List.of());
    }

    QueryParameters toQuery() {
        Map<String, String> values = new LinkedHashMap<>();
        if (province != null) {
            values.put(PROVINCE, province);
        }
        if (!units.isEmpty()) {
            values.put(UNITS, String.join(",", units));
        }
        values.put(YEAR, String.valueOf(year));
        values.put(INDICATOR, indicator.code());
        return QueryParameters.simple(values);
    }
}
