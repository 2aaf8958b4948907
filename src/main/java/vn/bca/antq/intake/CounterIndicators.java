package vn.bca.antq.intake;

import java.util.Arrays;
import java.util.List;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.indicator.Aggregation;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.intake.Column.Choice;

/**
 * The indicators a province reports as plain counters in the "other counters" file: those only ever reported as
 * totals (no detail table behind them) and counted, or rated as a count over a total. A rate published without
 * its counts (residents taking part) is not taken from files.
 */
final class CounterIndicators {

    private CounterIndicators() {}

    static List<Indicator> all() {
        return Arrays.stream(Indicator.values())
                .filter(i -> i.reportedOnly() && i.aggregation() != Aggregation.NONE)
                .toList();
    }

    static List<Choice> choices() {
        return all().stream()
                .map(i -> new Choice(i.code(), i.name(Language.VI), i.name(Language.EN)))
                .toList();
    }
}
