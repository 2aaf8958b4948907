package vn.bca.antq.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.intake.Dataset;
import vn.bca.antq.intake.Submission;
import vn.bca.antq.intake.SubmissionState;

/** Each rule on its own, at its boundary: the conditions raised from given figures, targets and submissions. */
class AlertCheckTest {

    private static final int YEAR = 2026;
    private static final long PROVINCE = 1;
    private static final long COMMUNE = 2;
    private static final LocalDate MID_YEAR = LocalDate.of(2026, 7, 1);
    private static final LocalDate AFTER_DEADLINE = LocalDate.of(2027, 1, 5);

    private final Map<String, BigDecimal> now = new HashMap<>();
    private final Map<String, BigDecimal> lastYear = new HashMap<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<Submission> submissions = new ArrayList<>();
    private final Map<AlertRule, RuleSetting> rules = new EnumMap<>(AlertRule.class);

    @Test
    void aCommuneBelowItsLineBeforeTheDeadlineIsAtRiskAndOnTheLineIsNot() {
        target(Indicator.COVERAGE_COMMUNES, COMMUNE, "98");
        figure(lastYear, Indicator.COVERAGE_COMMUNES, COMMUNE, "90");
        figure(now, Indicator.COVERAGE_COMMUNES, COMMUNE, "93.97");
        assertThat(rulesRaised(MID_YEAR)).containsExactly(AlertRule.AT_RISK);
        figure(now, Indicator.COVERAGE_COMMUNES, COMMUNE, "93.98");
        assertThat(rulesRaised(MID_YEAR)).isEmpty();
    }

    @Test
    void belowTheTargetAfterTheDeadlineIsBelowTargetAndReachingItEndsIt() {
        target(Indicator.COVERAGE_COMMUNES, PROVINCE, "98");
        figure(now, Indicator.COVERAGE_COMMUNES, PROVINCE, "97.99");
        Condition raised = conditions(AFTER_DEADLINE).getFirst();
        assertThat(raised.rule()).isEqualTo(AlertRule.BELOW_TARGET);
        assertThat(raised.observed()).isEqualByComparingTo("97.99");
        assertThat(raised.reference()).isEqualByComparingTo("98");
        figure(now, Indicator.COVERAGE_COMMUNES, PROVINCE, "98");
        assertThat(rulesRaised(AFTER_DEADLINE)).isEmpty();
    }

    @Test
    void festivalSitesCountFromZeroEachYearSoHalfTheTargetAtMidYearIsOnTrack() {
        target(Indicator.FESTIVAL_SITES, PROVINCE, "300");
        figure(lastYear, Indicator.FESTIVAL_SITES, PROVINCE, "280");
        figure(now, Indicator.FESTIVAL_SITES, PROVINCE, "150");
        assertThat(rulesRaised(MID_YEAR)).isEmpty();
    }

    @Test
    void aRateThatFellByMoreThanTheThresholdIsRaisedAndByExactlyItIsNot() {
        compare(Indicator.COVERAGE_SCHOOLS, "95", "93");
        assertThat(rulesRaised(MID_YEAR)).isEmpty();
        compare(Indicator.COVERAGE_SCHOOLS, "95", "92.99");
        assertThat(rulesRaised(MID_YEAR)).containsExactly(AlertRule.RATE_FELL);
        rules.put(AlertRule.RATE_FELL, new RuleSetting(AlertRule.RATE_FELL, true, new BigDecimal("3")));
        assertThat(rulesRaised(MID_YEAR)).isEmpty();
    }

    @Test
    void aCountThatFellByMoreThanTheThresholdPercentIsRaised() {
        compare(Indicator.MODELS, "200", "180");
        assertThat(rulesRaised(MID_YEAR)).isEmpty();
        compare(Indicator.MODELS, "200", "179");
        assertThat(rulesRaised(MID_YEAR)).containsExactly(AlertRule.COUNT_FELL);
    }

    @Test
    void fewerFestivalSitesThanLastYearCountOnlyOnceTheYearsResultsAreDue() {
        compare(Indicator.FESTIVAL_SITES, "280", "279");
        assertThat(rulesRaised(Dataset.FESTIVAL.deadline(YEAR))).isEmpty();
        assertThat(rulesRaised(Dataset.FESTIVAL.deadline(YEAR).plusDays(1)))
                .containsExactly(AlertRule.FEWER_FESTIVAL_SITES);
    }

    @Test
    void aSubmissionNotSentByItsDeadlineIsMissingAndOneSentIsNot() {
        LocalDate deadline = Dataset.SAFETY.deadline(YEAR);
        submissions.add(submission(SubmissionState.DRAFT, null));
        assertThat(rulesRaised(deadline)).isEmpty();
        assertThat(rulesRaised(deadline.plusDays(1))).containsExactly(AlertRule.SUBMISSION_MISSING);
        submissions.set(0, submission(SubmissionState.APPROVED, Instant.parse("2026-12-01T03:00:00Z")));
        assertThat(rulesRaised(deadline.plusDays(1))).isEmpty();
    }

    @Test
    void aSubmissionWaitingMoreThanTheThresholdDaysForApprovalIsRaised() {
        submissions.add(submission(SubmissionState.SUBMITTED, Instant.parse("2026-06-01T03:00:00Z")));
        assertThat(rulesRaised(LocalDate.of(2026, 6, 8))).isEmpty();
        Condition raised = conditions(LocalDate.of(2026, 6, 9)).getFirst();
        assertThat(raised.rule()).isEqualTo(AlertRule.APPROVAL_WAITING);
        assertThat(raised.observed()).isEqualByComparingTo("8");
        assertThat(raised.dataset()).isEqualTo(Dataset.SAFETY);
    }

    @Test
    void aRuleSwitchedOffRaisesNothing() {
        compare(Indicator.COVERAGE_SCHOOLS, "95", "80");
        rules.put(AlertRule.RATE_FELL, new RuleSetting(AlertRule.RATE_FELL, false, new BigDecimal("2")));
        assertThat(rulesRaised(MID_YEAR)).isEmpty();
    }

    @Test
    void theSameConditionHasTheSameKeyInEveryRunAndAnotherYearAnother() {
        compare(Indicator.COVERAGE_SCHOOLS, "95", "90");
        String key = conditions(MID_YEAR).getFirst().key();
        compare(Indicator.COVERAGE_SCHOOLS, "95", "85");
        assertThat(conditions(MID_YEAR).getFirst().key()).isEqualTo(key);
        assertThat(new Condition(AlertRule.RATE_FELL, PROVINCE, Indicator.COVERAGE_SCHOOLS, null, 2025, null, null)
                        .key())
                .isNotEqualTo(key);
    }

    private void target(Indicator indicator, long unit, String value) {
        targets.add(
                new Target(indicator, unit, YEAR, new BigDecimal(value), Target.endOf(YEAR), "lanhdao", Instant.EPOCH));
    }

    private void compare(Indicator indicator, String before, String after) {
        figure(lastYear, indicator, PROVINCE, before);
        figure(now, indicator, PROVINCE, after);
    }

    private static void figure(Map<String, BigDecimal> year, Indicator indicator, long unit, String value) {
        year.put(indicator + "|" + unit, new BigDecimal(value));
    }

    private static Submission submission(SubmissionState state, Instant at) {
        return new Submission(1L, "33", YEAR, Dataset.SAFETY, state, null, null, null, at, at, 0);
    }

    private List<AlertRule> rulesRaised(LocalDate today) {
        return conditions(today).stream().map(Condition::rule).toList();
    }

    private List<Condition> conditions(LocalDate today) {
        Map<AlertRule, RuleSetting> settings = new EnumMap<>(AlertRule.class);
        for (AlertRule rule : AlertRule.values()) {
            settings.put(rule, rules.getOrDefault(rule, RuleSetting.byDefault(rule)));
        }
        return AlertCheck.conditions(new AlertCheck.Inputs(
                YEAR,
                today,
                settings,
                targets,
                (indicator, unit) -> now.get(indicator + "|" + unit),
                (indicator, unit) -> lastYear.get(indicator + "|" + unit),
                List.of(PROVINCE),
                submissions,
                Map.of("33", PROVINCE)));
    }
}
