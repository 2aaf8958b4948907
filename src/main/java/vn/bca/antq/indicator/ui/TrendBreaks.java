package vn.bca.antq.indicator.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.Era;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.chart.ChartOptions;
import vn.bca.antq.coverage.LegalBasis;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorGroup;

/**
 * The two dates that change what a figure means, marked on a trend whose categories are years: 10/02/2022, when
 * recognition as "An toàn về ANTT" moved from Circular 23/2012/TT-BCA to Circular 124/2021/TT-BCA (marked on
 * coverage rates only: nothing else is assessed), and 01/07/2025, the reform from 63 provinces with districts to 34
 * provinces (marked on every indicator). Given the legal bases stored with the assessments, each year's tooltip names
 * the circular its assessments were made under.
 */
public final class TrendBreaks {

    private TrendBreaks() {}

    public static ChartOptions mark(Component host, ChartOptions trend, Indicator indicator) {
        return mark(host, trend, indicator, Map.of());
    }

    public static ChartOptions mark(
            Component host, ChartOptions trend, Indicator indicator, Map<Integer, Set<LegalBasis>> legalBases) {
        boolean assessed = indicator.group() == IndicatorGroup.COVERAGE;
        List<ChartOptions.Marker> markers = new ArrayList<>();
        if (assessed) {
            marker(
                            trend,
                            LegalBasis.NEW_RULES_FROM,
                            host.getTranslation(
                                    "trend.break.circular",
                                    Format.date(LegalBasis.NEW_RULES_FROM),
                                    host.getTranslation("legal-basis." + LegalBasis.CIRCULAR_124_2021.name())))
                    .ifPresent(markers::add);
        }
        marker(trend, Era.REFORM_DATE, host.getTranslation("trend.break.reform", Format.date(Era.REFORM_DATE)))
                .ifPresent(markers::add);
        ChartOptions marked = trend.withMarkers(markers);
        if (!assessed || legalBases.isEmpty()) {
            return marked;
        }
        return marked.withNotes(trend.categories().stream()
                .map(year -> basesOf(host, legalBases.get(parseYear(year))))
                .toList());
    }

    /**
     * The stored legal bases in words, consecutive years with the same rules together ("Cơ sở pháp lý của các đánh giá:
     * 2019–2021 Thông tư 23/2012/TT-BCA; 2022–2026 Thông tư 124/2021/TT-BCA"); empty for indicators that are not assessed.
     */
    public static String legalBasesNote(Component host, Indicator indicator, Map<Integer, Set<LegalBasis>> legalBases) {
        if (indicator.group() != IndicatorGroup.COVERAGE || legalBases.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        List<Map.Entry<Integer, Set<LegalBasis>>> years = new ArrayList<>(new TreeMap<>(legalBases).entrySet());
        for (int i = 0; i < years.size(); ) {
            int j = i;
            while (j + 1 < years.size()
                    && years.get(j + 1).getKey() == years.get(j).getKey() + 1
                    && years.get(j + 1).getValue().equals(years.get(i).getValue())) {
                j++;
            }
            int first = years.get(i).getKey();
            int last = years.get(j).getKey();
            parts.add((first == last ? String.valueOf(first) : first + "–" + last) + ": "
                    + names(host, years.get(i).getValue()));
            i = j + 1;
        }
        return host.getTranslation("trend.legal-bases", String.join("; ", parts));
    }

    private static Optional<ChartOptions.Marker> marker(ChartOptions trend, LocalDate date, String label) {
        String year = String.valueOf(date.getYear());
        return trend.categories().contains(year)
                ? Optional.of(ChartOptions.Marker.atCategory(year, label))
                : Optional.empty();
    }

    private static String basesOf(Component host, @Nullable Set<LegalBasis> bases) {
        return bases == null || bases.isEmpty() ? "" : host.getTranslation("trend.legal-basis", names(host, bases));
    }

    private static String names(Component host, Set<LegalBasis> bases) {
        return bases.stream()
                .sorted()
                .map(b -> host.getTranslation("legal-basis." + b.name()))
                .collect(Collectors.joining(", "));
    }

    private static int parseYear(String year) {
        try {
            return Integer.parseInt(year);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
