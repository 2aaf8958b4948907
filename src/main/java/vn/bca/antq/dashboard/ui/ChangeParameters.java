package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.indicator.ui.ChangeMeasure;

/**
 * What the change map shows, all of it in its address ({@code change?indicator=COVERAGE_COMMUNES&from=2020&to=2025
 * &measure=points&province=37}): an indicator from one year to a later one, measured in points (rates) or as a count
 * or percentage (counts), for the provinces or, with {@code province}, for the units of one province. Parts that are
 * not understood fall back to the defaults and are kept as {@link AddressProblem}s to tell the user.
 */
record ChangeParameters(
        Indicator indicator,
        int from,
        int to,
        ChangeMeasure measure,
        @Nullable String province,
        ComparisonStructure structure,
        List<AddressProblem> problems) {

    static final int DEFAULT_FROM = 2020;
    static final int DEFAULT_TO = Years.DEFAULT;
    static final String INDICATOR = "indicator";
    static final String FROM = "from";
    static final String TO = "to";
    static final String MEASURE = "measure";
    static final String PROVINCE = "province";

    ChangeParameters {
        problems = List.copyOf(problems);
    }

    static ChangeParameters defaults() {
        Indicator indicator = DashboardParameters.DEFAULT_INDICATOR;
        return new ChangeParameters(
                indicator,
                DEFAULT_FROM,
                DEFAULT_TO,
                ChangeMeasure.defaultFor(indicator),
                null,
                ComparisonStructure.CURRENT,
                List.of());
    }

    static ChangeParameters from(QueryParameters query) {
        List<AddressProblem> problems = new ArrayList<>();
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
        int from = year(query, FROM, DEFAULT_FROM, problems);
        int to = year(query, TO, DEFAULT_TO, problems);
        if (from >= to) {
            problems.add(AddressProblem.of(
                    "change.invalid-order",
                    AddressProblem.Text.of(from),
                    AddressProblem.Text.of(to),
                    AddressProblem.Text.of(DEFAULT_FROM),
                    AddressProblem.Text.of(DEFAULT_TO)));
            from = DEFAULT_FROM;
            to = DEFAULT_TO;
        }
        ChangeMeasure measure = ChangeMeasure.defaultFor(indicator);
        Optional<String> measureText = query.getSingleParameter(MEASURE);
        if (measureText.isPresent()) {
            Optional<ChangeMeasure> parsed = ChangeMeasure.ofCode(measureText.get());
            if (parsed.isPresent() && parsed.get().fits(indicator)) {
                measure = parsed.get();
            } else {
                problems.add(AddressProblem.of(
                        "change.invalid-measure",
                        AddressProblem.Text.typed(measureText.get()),
                        AddressProblem.Text.of(indicator)));
            }
        }
        String province = query.getSingleParameter(PROVINCE)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .orElse(null);
        return new ChangeParameters(indicator, from, to, measure, province, ComparisonStructure.CURRENT, problems);
    }

    private static int year(QueryParameters query, String name, int fallback, List<AddressProblem> problems) {
        Optional<String> text = query.getSingleParameter(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int year = Integer.parseInt(text.get().strip());
            if (Years.covers(year)) {
                return year;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        problems.add(AddressProblem.of(
                "change.invalid-year",
                AddressProblem.Text.typed(text.get()),
                AddressProblem.Text.of(Years.FIRST),
                AddressProblem.Text.of(Years.LAST),
                AddressProblem.Text.of(fallback)));
        return fallback;
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    ChangeParameters withIndicator(Indicator newIndicator) {
        ChangeMeasure fitting = measure.fits(newIndicator) ? measure : ChangeMeasure.defaultFor(newIndicator);
        return new ChangeParameters(newIndicator, from, to, fitting, province, structure, List.of());
    }

    /** Other years; a start on or after the end moves the end on (and an end before the start moves the start back). */
    ChangeParameters withYears(int newFrom, int newTo) {
        int start = Math.min(newFrom, Years.LAST - 1);
        int end = Math.max(newTo, Years.FIRST + 1);
        if (start >= end) {
            if (newFrom != from) {
                end = start + 1;
            } else {
                start = end - 1;
            }
        }
        return new ChangeParameters(indicator, start, end, measure, province, structure, List.of());
    }

    ChangeParameters withMeasure(ChangeMeasure newMeasure) {
        return new ChangeParameters(indicator, from, to, newMeasure, province, structure, List.of());
    }

    ChangeParameters withProvince(@Nullable String newProvince) {
        return new ChangeParameters(indicator, from, to, measure, newProvince, structure, List.of());
    }

    QueryParameters toQuery() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(INDICATOR, indicator.code());
        values.put(FROM, String.valueOf(from));
        values.put(TO, String.valueOf(to));
        values.put(MEASURE, measure.code());
        if (province != null) {
            values.put(PROVINCE, province);
        }
        return QueryParameters.simple(values);
    }
}
