package vn.bca.antq.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Quantity;
import vn.bca.antq.indicator.TimeBasis;
import vn.bca.antq.intake.Dataset;
import vn.bca.antq.intake.Submission;
import vn.bca.antq.intake.SubmissionState;

/**
 * The rules themselves: which conditions hold for a year on a day, given the figures, targets and submissions. No
 * database, no clock: {@link AlertJob} gathers what it needs.
 */
final class AlertCheck {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A figure of an indicator for a unit (null: no value). */
    interface Values {
        @Nullable
        BigDecimal of(Indicator indicator, long unitId);
    }

    /**
     * What the rules look at: the year and the day, the rules' settings, the year's targets, the figures of this year
     * and last year (of the nation, the provinces and every unit with a target), the units compared year on year
     * (the nation and the provinces), and the provinces' submissions of the year with the province's unit id.
     */
    record Inputs(
            int year,
            LocalDate today,
            Map<AlertRule, RuleSetting> rules,
            Collection<Target> targets,
            Values now,
            Values lastYear,
            Collection<Long> compared,
            Collection<Submission> submissions,
            Map<String, Long> provinceIds) {

        boolean on(AlertRule rule) {
            RuleSetting setting = rules.get(rule);
            return setting != null && setting.enabled();
        }

        BigDecimal threshold(AlertRule rule) {
            RuleSetting setting = rules.get(rule);
            return setting == null || setting.threshold() == null
                    ? Objects.requireNonNull(rule.defaultThreshold())
                    : setting.threshold();
        }
    }

    private AlertCheck() {}

    static List<Condition> conditions(Inputs in) {
        List<Condition> holding = new ArrayList<>();
        targets(in, holding);
        falls(in, holding);
        submissions(in, holding);
        return holding;
    }

    private static void targets(Inputs in, List<Condition> holding) {
        for (Target target : in.targets()) {
            BigDecimal value = in.now().of(target.indicator(), target.unitId());
            BigDecimal start = target.indicator().timeBasis() == TimeBasis.FLOW
                    ? BigDecimal.ZERO
                    : in.lastYear().of(target.indicator(), target.unitId());
            Progress progress =
                    TargetProgress.of(target.value(), start, value, target.year(), target.deadline(), in.today());
            boolean late = in.today().isAfter(target.deadline());
            AlertRule rule = late ? AlertRule.BELOW_TARGET : AlertRule.AT_RISK;
            boolean holds =
                    late ? progress == Progress.BEHIND : progress == Progress.AT_RISK || progress == Progress.BEHIND;
            if (holds && in.on(rule)) {
                holding.add(new Condition(
                        rule, target.unitId(), target.indicator(), null, in.year(), value, target.value()));
            }
        }
    }

    private static void falls(Inputs in, List<Condition> holding) {
        boolean festivalDue = in.today().isAfter(Dataset.FESTIVAL.deadline(in.year()));
        for (Indicator indicator : TargetService.INDICATORS) {
            for (long unit : in.compared()) {
                BigDecimal now = in.now().of(indicator, unit);
                BigDecimal before = in.lastYear().of(indicator, unit);
                if (now == null || before == null || now.compareTo(before) >= 0) {
                    continue;
                }
                AlertRule rule = fallRule(indicator, before, now, festivalDue, in);
                if (rule != null && in.on(rule)) {
                    holding.add(new Condition(rule, unit, indicator, null, in.year(), now, before));
                }
            }
        }
    }

    /** The rule a fall from {@code before} to {@code now} breaks, if any. */
    private static @Nullable AlertRule fallRule(
            Indicator indicator, BigDecimal before, BigDecimal now, boolean festivalDue, Inputs in) {
        if (indicator == Indicator.FESTIVAL_SITES) {
            return festivalDue ? AlertRule.FEWER_FESTIVAL_SITES : null;
        }
        if (indicator.quantity() == Quantity.PERCENT) {
            return before.subtract(now).compareTo(in.threshold(AlertRule.RATE_FELL)) > 0 ? AlertRule.RATE_FELL : null;
        }
        if (indicator.timeBasis() == TimeBasis.STOCK && before.signum() > 0) {
            BigDecimal fallPercent =
                    before.subtract(now).multiply(BigDecimal.valueOf(100)).divide(before, 4, RoundingMode.HALF_UP);
            return fallPercent.compareTo(in.threshold(AlertRule.COUNT_FELL)) > 0 ? AlertRule.COUNT_FELL : null;
        }
        return null;
    }

    private static void submissions(Inputs in, List<Condition> holding) {
        for (Submission s : in.submissions()) {
            Long unit = in.provinceIds().get(s.provinceCode());
            if (unit == null) {
                continue;
            }
            if (s.state().acceptsData() && in.today().isAfter(s.deadline())) {
                if (in.on(AlertRule.SUBMISSION_MISSING)) {
                    holding.add(
                            new Condition(AlertRule.SUBMISSION_MISSING, unit, null, s.dataset(), s.year(), null, null));
                }
            } else if (s.state() == SubmissionState.SUBMITTED && s.stateAt() != null) {
                long days = ChronoUnit.DAYS.between(s.stateAt().atZone(VIETNAM).toLocalDate(), in.today());
                BigDecimal limit = in.threshold(AlertRule.APPROVAL_WAITING);
                if (BigDecimal.valueOf(days).compareTo(limit) > 0 && in.on(AlertRule.APPROVAL_WAITING)) {
                    holding.add(new Condition(
                            AlertRule.APPROVAL_WAITING,
                            unit,
                            null,
                            s.dataset(),
                            s.year(),
                            BigDecimal.valueOf(days),
                            limit));
                }
            }
        }
    }
}
