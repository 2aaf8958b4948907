package vn.bca.antq.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.PredecessorShare;

/**
 * Totals over the roll-up tree for one indicator and query period, each unit computed once.
 * <p>
 * Figures are kept per sub-period (a flow's months, or the periods of reported totals such as the two halves of
 * 2025 on the two structures) so that a total reported for a unit and period replaces exactly what it covers: everything recorded
 * beneath that unit (and the unit's own smaller items) within that period, and nothing else. Items such as festival
 * sites add up at every level. An indicator shown only where reported ({@link Aggregation#NONE}) does not roll up: a
 * unit has only what is recorded on it.
 * <p>
 * On today's structure a new commune also carries its share of the old units it was formed from ({@link #restated}),
 * outside the tree: the new province already holds those old units through its old provinces.
 */
final class RollUp {

    /** A part of the query period that facts are recorded for. */
    record Span(LocalDate from, LocalDate to) {
        boolean within(Span other) {
            return !from.isBefore(other.from) && !to.isAfter(other.to);
        }

        long days() {
            return to.toEpochDay() - from.toEpochDay();
        }
    }

    /** Facts recorded on one unit: items that add up, and totals that replace what lies beneath them. */
    static final class Direct {
        final Map<Span, Tally> items = new HashMap<>();
        final Map<Span, Tally> totals = new HashMap<>();

        void addItem(Span span, Tally tally) {
            items.merge(span, tally, Tally::add);
        }

        void addTotal(Span span, Tally tally) {
            totals.merge(span, tally, Tally::add);
        }
    }

    private final AdministrativeUnits units;
    private final Map<Long, Direct> direct;
    private final boolean rollsUp;
    private final Map<Long, Map<Span, Tally>> memo = new HashMap<>();

    RollUp(AdministrativeUnits units, Map<Long, Direct> direct, Aggregation aggregation) {
        this.units = units;
        this.direct = direct;
        this.rollsUp = aggregation != Aggregation.NONE;
    }

    /** The unit's figure summed over all sub-periods, or null when nothing is recorded at or beneath it. */
    @Nullable
    Tally of(AdminUnit unit) {
        Map<Span, Tally> bySpan = bySpan(unit);
        return bySpan.values().stream().reduce(Tally::add).orElse(null);
    }

    /**
     * A new commune's figure with its predecessors' shares carried in as if they lay beneath it: its own items add to
     * them, its own totals replace what they cover. Each predecessor is shared as one total over the span its facts
     * cover (sharing month by month would hand every month's odd unit to the same successor).
     */
    @Nullable
    Tally restated(AdminUnit unit, List<PredecessorShare> shares, Restatement restatement) {
        Map<Span, Tally> beneath = new HashMap<>();
        for (PredecessorShare share : rollsUp ? shares : List.<PredecessorShare>of()) {
            Map<Span, Tally> spans = bySpan(share.predecessor());
            if (spans.isEmpty()) {
                continue;
            }
            Span covered = new Span(
                    spans.keySet().stream()
                            .map(Span::from)
                            .min(LocalDate::compareTo)
                            .orElseThrow(),
                    spans.keySet().stream()
                            .map(Span::to)
                            .max(LocalDate::compareTo)
                            .orElseThrow());
            Tally whole = spans.values().stream().reduce(Tally::add).orElseThrow();
            beneath.merge(covered, whole.carried(share, restatement == Restatement.APPORTIONED), Tally::add);
        }
        return withOwn(unit, beneath).values().stream().reduce(Tally::add).orElse(null);
    }

    boolean hasTotalFor(AdminUnit unit) {
        Direct d = direct.get(unit.getId());
        return d != null && !d.totals.isEmpty();
    }

    private Map<Span, Tally> bySpan(AdminUnit unit) {
        Map<Span, Tally> cached = memo.get(unit.getId());
        if (cached != null) {
            return cached;
        }
        Map<Span, Tally> result = new HashMap<>();
        for (AdminUnit child : rollsUp ? units.rollUpChildren(unit) : List.<AdminUnit>of()) {
            bySpan(child).forEach((span, tally) -> result.merge(span, tally, Tally::add));
        }
        Map<Span, Tally> computed = withOwn(unit, result);
        memo.put(unit.getId(), computed);
        return computed;
    }

    /** Adds the unit's own items to what lies beneath it; its own totals replace what they cover. */
    private Map<Span, Tally> withOwn(AdminUnit unit, Map<Span, Tally> result) {
        Direct own = direct.get(unit.getId());
        if (own != null) {
            own.items.forEach((span, tally) -> result.merge(span, tally, Tally::add));
            List<Map.Entry<Span, Tally>> totals = new ArrayList<>(own.totals.entrySet());
            totals.sort(Comparator.comparingLong(
                            (Map.Entry<Span, Tally> e) -> e.getKey().days())
                    .reversed());
            List<Span> placed = new ArrayList<>();
            for (Map.Entry<Span, Tally> total : totals) {
                Span span = total.getKey();
                if (placed.stream().anyMatch(span::within)) {
                    continue; // a larger total of this unit already covers it
                }
                result.keySet().removeIf(s -> s.within(span));
                result.put(span, total.getValue());
                placed.add(span);
            }
        }
        return result;
    }
}
