package vn.bca.antq.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.bca.antq.intake.Files.as;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.FactsChanged;
import vn.bca.antq.base.text.VietnameseText;
import vn.bca.antq.coverage.Category;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.security.Role;

/**
 * Import on the real database: a province's own figures round-trip through validation and commit, the scope's
 * previous figures go to history, the same content twice changes nothing, a stale or failing commit leaves
 * everything as it was, and approval marks the figures. Each test uses its own province so they do not meet.
 */
@IntegrationTest
@RecordApplicationEvents
class IntakeServiceTest {

    static final int YEAR = 2026;

    @Autowired
    IntakeService intake;

    @Autowired
    SubmissionService approval;

    @Autowired
    IndicatorService indicators;

    @Autowired
    AdministrativeUnits units;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void anOfficersOwnFiguresCommitReplaceTheOldOnesAndAwaitApproval() {
        String code = "11";
        List<ImportRow> current = officer(code, () -> intake.current(code, YEAR, Dataset.SAFETY));
        assertThat(current).isNotEmpty();
        List<ImportRow> changed = Files.copy(current);
        changed.getFirst()
                .put(Dataset.recognised(Category.AGENCY), changed.getFirst().count(Dataset.total(Category.AGENCY)) - 1);
        long before = count(
                "SELECT COUNT(*) FROM safety_assessment s JOIN admin_unit u ON u.id = s.unit_id WHERE s.assessment_year = 2026 AND u.code IN ("
                        + codes(current) + ") AND u.era = 'PROVINCES_34'");

        Preview preview =
                officer(code, () -> intake.preview(code, YEAR, Dataset.SAFETY, Files.table(Dataset.SAFETY, changed)));
        assertThat(preview.errorCount()).as(issues(preview)).isZero();
        String comment = preview.warningCount() > 0 ? "Đã kiểm tra với báo cáo của xã" : null;
        IntakeService.CommitResult result = officer(code, () -> intake.commit(preview, comment));

        assertThat(result.changed()).isTrue();
        assertThat(events.stream(FactsChanged.class))
                .as("caches of figures are told at once")
                .hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM replaced_fact WHERE batch_id = " + result.importId()))
                .isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM import_row WHERE batch_id = " + result.importId()))
                .isEqualTo(current.size());
        List<ImportRow> after = officer(code, () -> intake.current(code, YEAR, Dataset.SAFETY));
        assertThat(after).hasSameSizeAs(current);
        for (int i = 0; i < after.size(); i++) {
            assertThat(after.get(i).values())
                    .as("row " + i)
                    .isEqualTo(changed.get(i).values());
        }
        Figure figure = indicators.figure(Indicator.COVERAGE_AGENCIES, province(code), Period.year(YEAR));
        assertThat(figure.unapproved()).isTrue();

        IntakeService.CommitResult again = officer(
                code,
                () -> intake.commit(
                        intake.preview(code, YEAR, Dataset.SAFETY, Files.table(Dataset.SAFETY, changed)), comment));
        assertThat(again.changed()).as("the same content again").isFalse();
        assertThat(again.importId()).isEqualTo(result.importId());

        officer(code, () -> approval.take(code, YEAR, Dataset.SAFETY, Transition.SUBMIT, null));
        approval.take(code, YEAR, Dataset.SAFETY, Transition.APPROVE, null);
        assertThat(events.stream(FactsChanged.class))
                .as("commit, submission, approval")
                .hasSize(3);
        assertThat(indicators
                        .figure(Indicator.COVERAGE_AGENCIES, province(code), Period.year(YEAR))
                        .unapproved())
                .isFalse();
        assertThatThrownBy(() -> officer(
                        code,
                        () -> intake.commit(
                                intake.preview(code, YEAR, Dataset.SAFETY, Files.table(Dataset.SAFETY, current)),
                                comment)))
                .isInstanceOf(IntakeException.class)
                .extracting("messageKey")
                .isEqualTo("intake.commit.closed");
    }

    @Test
    void errorsAreReportedPerCellAndNothingIsStored() {
        String code = "12";
        List<ImportRow> rows = Files.copy(officer(code, () -> intake.current(code, YEAR, Dataset.SAFETY)));
        rows.get(0).put(Dataset.recognised(Category.SCHOOL), rows.get(0).count(Dataset.total(Category.SCHOOL)) + 1);
        rows.get(1).put(Dataset.UNIT_CODE, "99999");
        rows.get(2).put("assessed_on", java.time.LocalDate.of(2025, 12, 31));
        rows.get(3).put(Dataset.UNIT_CODE, rows.get(4).value(Dataset.UNIT_CODE));
        String fingerprint = fingerprint();

        Preview preview =
                officer(code, () -> intake.preview(code, YEAR, Dataset.SAFETY, Files.table(Dataset.SAFETY, rows)));

        assertThat(keys(preview.rows().get(0))).containsExactly("intake.row.recognisedAboveTotal");
        assertThat(preview.rows().get(0).issues().getFirst().column()).isEqualTo(Dataset.recognised(Category.SCHOOL));
        assertThat(keys(preview.rows().get(1))).containsExactly("intake.row.unitUnknown");
        assertThat(keys(preview.rows().get(2))).containsExactly("intake.cell.dateOutside");
        assertThat(keys(preview.rows().get(4))).containsExactly("intake.row.duplicate");
        assertThat(preview.canCommit()).isFalse();
        assertThatThrownBy(() -> officer(code, () -> intake.commit(preview, "x")))
                .isInstanceOf(IntakeException.class)
                .extracting("messageKey")
                .isEqualTo("intake.commit.errors");
        assertThat(fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void warningsNeedAReasonBeforeTheFiguresAreStored() {
        String code = "19";
        List<ImportRow> rows = Files.copy(officer(code, () -> intake.current(code, YEAR, Dataset.SAFETY)));
        ImportRow row = rows.getFirst();
        row.put(Dataset.total(Category.RESIDENTIAL_AREA), row.count(Dataset.total(Category.RESIDENTIAL_AREA)) * 3 + 30);
        row.put(Dataset.total(Category.COMMUNE), 0L);
        row.put(Dataset.recognised(Category.COMMUNE), 0L);

        Preview preview =
                officer(code, () -> intake.preview(code, YEAR, Dataset.SAFETY, Files.table(Dataset.SAFETY, rows)));

        assertThat(preview.errorCount()).isZero();
        assertThat(preview.rows().getFirst().issues())
                .extracting(Issue::messageKey, Issue::column)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "intake.warn.bigChange", Dataset.total(Category.RESIDENTIAL_AREA)),
                        org.assertj.core.groups.Tuple.tuple(
                                "intake.warn.referenceCount", Dataset.total(Category.COMMUNE)));
        String fingerprint = fingerprint();
        assertThatThrownBy(() -> officer(code, () -> intake.commit(preview, " ")))
                .isInstanceOf(IntakeException.class)
                .extracting("messageKey")
                .isEqualTo("intake.commit.commentNeeded");
        assertThat(fingerprint()).isEqualTo(fingerprint);
        assertThat(officer(code, () -> intake.commit(preview, "Đã xác minh với xã"))
                        .changed())
                .isTrue();
    }

    @Test
    void aCountBeyondWhatTheUnitCanHaveIsAnErrorThatNoCommentLetsThrough() {
        String code = "24";
        List<ImportRow> safety = Files.copy(officer(code, () -> intake.current(code, YEAR, Dataset.SAFETY)));
        safety.getFirst().put(Dataset.total(Category.RESIDENTIAL_AREA), 123_456_789L);
        safety.getFirst().put(Dataset.recognised(Category.RESIDENTIAL_AREA), 123_456_789L);
        List<ImportRow> festival = Files.copy(officer(code, () -> intake.current(code, YEAR, Dataset.FESTIVAL)));
        ImportRow site = festival.getFirst();
        site.put("site_name", "Điểm mới " + site.value("site_name"));
        site.put("attendance", 123_456_789L);
        String fingerprint = fingerprint();

        Preview areas =
                officer(code, () -> intake.preview(code, YEAR, Dataset.SAFETY, Files.table(Dataset.SAFETY, safety)));
        Preview people = officer(
                code, () -> intake.preview(code, YEAR, Dataset.FESTIVAL, Files.table(Dataset.FESTIVAL, festival)));

        assertThat(areas.rows().getFirst().issues())
                .extracting(Issue::messageKey, Issue::column)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "intake.row.implausible", Dataset.total(Category.RESIDENTIAL_AREA)));
        assertThat(areas.rows()
                        .getFirst()
                        .issuesOf(Dataset.total(Category.RESIDENTIAL_AREA))
                        .getFirst()
                        .arguments())
                .containsExactly(123_456_789L, Plausibility.people(UnitLevel.COMMUNE) / 100);
        assertThat(people.rows().getFirst().issuesOf("attendance"))
                .extracting(Issue::messageKey)
                .containsExactly("intake.row.implausible");
        for (Preview preview : List.of(areas, people)) {
            assertThat(preview.errorCount()).as(issues(preview)).isEqualTo(1);
            assertThatThrownBy(() -> officer(code, () -> intake.commit(preview, "ok")))
                    .isInstanceOf(IntakeException.class)
                    .extracting("messageKey")
                    .isEqualTo("intake.commit.errors");
        }
        assertThat(fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void aCountTwentyTimesLastYearsIsAnErrorAndHalfAgainAWarning() {
        String code = "25";
        List<ImportRow> lastYear = officer(code, () -> intake.current(code, YEAR - 1, Dataset.SAFETY));
        List<ImportRow> rows = Files.copy(officer(code, () -> intake.current(code, YEAR, Dataset.SAFETY)));
        String schools = Dataset.total(Category.SCHOOL);
        Map<Object, Long> schoolsLastYear = new java.util.HashMap<>();
        lastYear.stream()
                .filter(l -> l.count(schools) != null && l.count(schools) > 0)
                .forEach(l -> schoolsLastYear.put(l.value(Dataset.UNIT_CODE), l.count(schools)));
        ImportRow row = rows.stream()
                .filter(r -> schoolsLastYear.containsKey(r.value(Dataset.UNIT_CODE)))
                .findFirst()
                .orElseThrow();
        long before = schoolsLastYear.get(row.value(Dataset.UNIT_CODE));
        row.put(schools, before * 21 + Plausibility.LEAST_JUMP);

        Preview preview =
                officer(code, () -> intake.preview(code, YEAR, Dataset.SAFETY, Files.table(Dataset.SAFETY, rows)));

        assertThat(preview.rows().get(rows.indexOf(row)).issuesOf(schools))
                .extracting(Issue::messageKey)
                .containsExactly("intake.row.farAboveLastYear");
        assertThat(preview.errorCount()).isEqualTo(1);
    }

    @Test
    void aFileThatMovesANationalRateVisiblyIsFlaggedAndNeedsAReasonTheApproverSees() {
        String code = "31";
        List<ImportRow> rows = Files.copy(officer(code, () -> intake.current(code, YEAR, Dataset.SAFETY)));
        rows.forEach(r -> {
            if (r.count(Dataset.total(Category.RESIDENTIAL_AREA)) != null) {
                r.put(Dataset.recognised(Category.RESIDENTIAL_AREA), 0L);
            }
        });

        Preview preview =
                officer(code, () -> intake.preview(code, YEAR, Dataset.SAFETY, Files.table(Dataset.SAFETY, rows)));

        assertThat(preview.errorCount()).isZero();
        assertThat(preview.fileIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.messageKey()).isEqualTo("intake.warn.movesNation");
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.arguments().get(0))
                    .isEqualTo(Dataset.SAFETY
                            .column(Dataset.recognised(Category.RESIDENTIAL_AREA))
                            .headerVi());
        });
        assertThat(preview.warningCount()).isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> officer(code, () -> intake.commit(preview, "")))
                .isInstanceOf(IntakeException.class)
                .extracting("messageKey")
                .isEqualTo("intake.commit.commentNeeded");
        officer(code, () -> intake.commit(preview, "Rà soát lại toàn bộ khu dân cư"));
        assertThat(jdbc.queryForMap("""
                SELECT b.warning_count, b.warning_comment FROM import_batch b JOIN submission s ON s.current_import_id = b.id
                WHERE s.province_code = ? AND s.data_year = ? AND s.dataset = 'SAFETY'""", code, YEAR))
                .containsEntry("warning_comment", "Rà soát lại toàn bộ khu dân cư")
                .hasEntrySatisfying(
                        "warning_count",
                        n -> assertThat(((Number) n).longValue()).isEqualTo(preview.warningCount()));
    }

    @Test
    void aNameThatIsNotTheCodesUnitIsAnErrorNamingBoth() {
        String code = "04";
        List<ImportRow> current = officer(code, () -> intake.current(code, YEAR, Dataset.SAFETY));
        List<ImportRow> rows = Files.copy(current);
        AdminUnit firstUnit = current.get(0).knownUnit();
        AdminUnit secondUnit = current.get(1).knownUnit();
        rows.get(0).put(Dataset.UNIT_NAME, secondUnit.getName());
        rows.get(1).put(Dataset.UNIT_NAME, "Xã Không Có Ở Đây");
        rows.get(2)
                .put(
                        Dataset.UNIT_NAME,
                        VietnameseText.fold(current.get(2).knownUnit().getShortName())
                                .toUpperCase(java.util.Locale.ROOT));
        rows.get(3).put(Dataset.UNIT_NAME, current.get(3).knownUnit().getNameEn());

        Preview preview =
                officer(code, () -> intake.preview(code, YEAR, Dataset.SAFETY, Files.table(Dataset.SAFETY, rows)));

        Issue swapped = preview.rows().get(0).issues().stream()
                .filter(i -> i.messageKey().equals("intake.row.nameOfAnother"))
                .findFirst()
                .orElseThrow();
        assertThat(swapped.column()).isEqualTo(Dataset.UNIT_NAME);
        assertThat(swapped.arguments())
                .containsExactly(firstUnit.getCode(), firstUnit.getName(), secondUnit.getName(), secondUnit.getCode());
        assertThat(keys(preview.rows().get(1))).contains("intake.row.nameMismatch");
        assertThat(keys(preview.rows().get(2)))
                .as("without marks, case or type")
                .doesNotContain("intake.row.nameMismatch", "intake.row.nameOfAnother");
        assertThat(keys(preview.rows().get(3)))
                .as("the English name")
                .doesNotContain("intake.row.nameMismatch", "intake.row.nameOfAnother");
        String fingerprint = fingerprint();
        assertThatThrownBy(() -> officer(code, () -> intake.commit(preview, "thử")))
                .isInstanceOf(IntakeException.class);
        assertThat(fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void anOfficerCannotImportForAnotherProvince() {
        List<ImportRow> rows = intake.current("04", YEAR, Dataset.SAFETY);
        assertThatThrownBy(() -> officer(
                        "08", () -> intake.preview("04", YEAR, Dataset.SAFETY, Files.table(Dataset.SAFETY, rows))))
                .isInstanceOf(AccessDeniedException.class);
        Preview ownUnitsElsewhere =
                officer("08", () -> intake.preview("08", YEAR, Dataset.SAFETY, Files.table(Dataset.SAFETY, rows)));
        assertThat(ownUnitsElsewhere.rows())
                .allSatisfy(r -> assertThat(keys(r)).containsExactly("intake.row.unitOutside"));
        assertThatThrownBy(
                        () -> officer("08", () -> approval.take("08", YEAR, Dataset.SAFETY, Transition.APPROVE, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPreviewOvertakenByAnotherCommitIsRefused() throws Exception {
        String code = "14";
        List<ImportRow> rows = Files.copy(officer(code, () -> intake.current(code, YEAR, Dataset.SAFETY)));
        rows.getFirst()
                .put(Dataset.total(Category.ENTERPRISE), rows.getFirst().count(Dataset.total(Category.ENTERPRISE)) + 1);
        Preview first =
                officer(code, () -> intake.preview(code, YEAR, Dataset.SAFETY, Files.table(Dataset.SAFETY, rows)));
        rows.getFirst()
                .put(Dataset.total(Category.ENTERPRISE), rows.getFirst().count(Dataset.total(Category.ENTERPRISE)) + 1);
        Preview second =
                officer(code, () -> intake.preview(code, YEAR, Dataset.SAFETY, Files.table(Dataset.SAFETY, rows)));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Callable<Object> commitFirst = () -> attempt(start, code, first);
            Callable<Object> commitSecond = () -> attempt(start, code, second);
            Future<Object> a = pool.submit(commitFirst);
            Future<Object> b = pool.submit(commitSecond);
            start.countDown();
            List<Object> outcomes = List.of(a.get(), b.get());
            assertThat(outcomes)
                    .filteredOn(o -> o instanceof IntakeService.CommitResult)
                    .hasSize(1);
            assertThat(outcomes)
                    .filteredOn(o -> "intake.commit.stale".equals(o))
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        Submission submission = approval.submission(code, YEAR, Dataset.SAFETY);
        assertThat(submission.version()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM import_batch WHERE submission_id = " + submission.id()))
                .isEqualTo(1);
    }

    @Test
    void aCommitFailingHalfWayLeavesThePreviousFiguresIntact() {
        String code = "20";
        List<ImportRow> rows = Files.copy(officer(code, () -> intake.current(code, YEAR, Dataset.SAFETY)));
        Preview preview =
                officer(code, () -> intake.preview(code, YEAR, Dataset.SAFETY, Files.table(Dataset.SAFETY, rows)));
        // The database refuses the last row (recognised > total) after every other row was written in the transaction.
        ImportRow last = preview.rows().getLast();
        last.put(Dataset.recognised(Category.AGENCY), last.count(Dataset.total(Category.AGENCY)) + 5);
        String fingerprint = fingerprint();
        long batches = count("SELECT COUNT(*) FROM import_batch");

        assertThatThrownBy(() -> officer(code, () -> intake.commit(preview, "giải trình")))
                .isInstanceOf(RuntimeException.class);

        assertThat(fingerprint()).isEqualTo(fingerprint);
        assertThat(count("SELECT COUNT(*) FROM import_batch")).isEqualTo(batches);
        assertThat(approval.submission(code, YEAR, Dataset.SAFETY).state()).isEqualTo(SubmissionState.NONE);
    }

    @Test
    void theApprovalStepsFollowTheStateMachine() {
        String code = "22";
        List<ImportRow> rows = officer(code, () -> intake.current(code, YEAR, Dataset.FESTIVAL));
        assertThatThrownBy(
                        () -> officer(code, () -> approval.take(code, YEAR, Dataset.FESTIVAL, Transition.SUBMIT, null)))
                .extracting("messageKey")
                .isEqualTo("intake.step.nothing");
        Preview preview =
                officer(code, () -> intake.preview(code, YEAR, Dataset.FESTIVAL, Files.table(Dataset.FESTIVAL, rows)));
        officer(code, () -> intake.commit(preview, preview.warningCount() > 0 ? "đã kiểm tra" : null));
        assertThat(state(code)).isEqualTo(SubmissionState.DRAFT);
        assertThatThrownBy(() -> approval.take(code, YEAR, Dataset.FESTIVAL, Transition.APPROVE, null))
                .extracting("messageKey")
                .isEqualTo("intake.step.notNow");

        officer(code, () -> approval.take(code, YEAR, Dataset.FESTIVAL, Transition.SUBMIT, null));
        assertThatThrownBy(() -> approval.take(code, YEAR, Dataset.FESTIVAL, Transition.RETURN, " "))
                .extracting("messageKey")
                .isEqualTo("intake.step.commentNeeded");
        approval.take(code, YEAR, Dataset.FESTIVAL, Transition.RETURN, "Thiếu điểm của phường Bãi Cháy");
        assertThat(state(code)).isEqualTo(SubmissionState.RETURNED);
        assertThat(approval.submission(code, YEAR, Dataset.FESTIVAL).stateComment())
                .isEqualTo("Thiếu điểm của phường Bãi Cháy");

        officer(code, () -> approval.take(code, YEAR, Dataset.FESTIVAL, Transition.SUBMIT, null));
        approval.take(code, YEAR, Dataset.FESTIVAL, Transition.APPROVE, null);
        approval.take(code, YEAR, Dataset.FESTIVAL, Transition.LOCK, null);
        assertThat(state(code)).isEqualTo(SubmissionState.LOCKED);
        assertThat(indicators
                        .figure(Indicator.FESTIVAL_SITES, province(code), Period.year(YEAR))
                        .unapproved())
                .isFalse();

        approval.take(code, YEAR, Dataset.FESTIVAL, Transition.REOPEN, "Tỉnh báo cáo bổ sung");
        assertThat(state(code)).isEqualTo(SubmissionState.DRAFT);
        assertThat(indicators
                        .figure(Indicator.FESTIVAL_SITES, province(code), Period.year(YEAR))
                        .unapproved())
                .isTrue();
        assertThat(approval.events(code, YEAR, Dataset.FESTIVAL))
                .extracting(SubmissionEvent::to)
                .containsExactly(
                        SubmissionState.DRAFT,
                        SubmissionState.LOCKED,
                        SubmissionState.APPROVED,
                        SubmissionState.SUBMITTED,
                        SubmissionState.RETURNED,
                        SubmissionState.SUBMITTED);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE target = 'submission 22/2026/FESTIVAL'"))
                .isGreaterThanOrEqualTo(7);
    }

    private Object attempt(CountDownLatch start, String code, Preview preview) throws InterruptedException {
        start.await();
        try {
            return officer(code, () -> intake.commit(preview, "song song"));
        } catch (IntakeException e) {
            return e.messageKey();
        }
    }

    private SubmissionState state(String code) {
        return approval.submission(code, YEAR, Dataset.FESTIVAL).state();
    }

    private <T> T officer(String code, java.util.function.Supplier<T> work) {
        return as(Role.PROVINCE_OFFICER, code, work);
    }

    private AdminUnit province(String code) {
        return units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, code).orElseThrow();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private String fingerprint() {
        return Files.fingerprint(jdbc);
    }

    private static List<String> keys(ImportRow row) {
        return row.issues().stream().map(Issue::messageKey).toList();
    }

    private static String codes(List<ImportRow> rows) {
        return String.join(
                ",",
                rows.stream().map(r -> "'" + r.value(Dataset.UNIT_CODE) + "'").toList());
    }

    private static String issues(Preview preview) {
        return preview.fileIssues() + " "
                + preview.rows().stream()
                        .filter(r -> !r.issues().isEmpty())
                        .map(r -> r.rowNumber() + ":" + r.issues())
                        .limit(10)
                        .toList();
    }

    static Map<String, Object> values(ImportRow row) {
        return row.values();
    }
}
