package vn.bca.antq.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.FactsChanged;
import vn.bca.antq.security.AccessScope;
import vn.bca.antq.security.AuditService;

/** Approval of submissions (submit, approve, return, lock, reopen), their history, and completeness per year. */
@Service
public class SubmissionService {

    private final ApplicationEventPublisher events;
    private final Submissions submissions;
    private final AdministrativeUnits units;
    private final AccessScope access;
    private final AuditService audit;
    private final Clock clock;

    SubmissionService(
            Submissions submissions,
            AdministrativeUnits units,
            AccessScope access,
            AuditService audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.submissions = submissions;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("@accessScope.mayReadSubmission(#provinceCode)")
    @Transactional(readOnly = true)
    public Submission submission(String provinceCode, int year, Dataset dataset) {
        return submissions.find(provinceCode, year, dataset);
    }

    /** Every province's submission of every reported dataset for the year (state NONE where nothing came), province by province. */
    @PreAuthorize("@accessScope.maySeeCompleteness()")
    @Transactional(readOnly = true)
    public List<Submission> completeness(int year) {
        Map<String, Submission> stored = submissions.ofYear(year).stream()
                .collect(Collectors.toMap(s -> s.provinceCode() + "/" + s.dataset(), Function.identity()));
        List<Submission> all = new ArrayList<>();
        for (AdminUnit province : units.all(Era.PROVINCES_34, UnitLevel.PROVINCE)) {
            for (Dataset dataset : Dataset.reported()) {
                Submission found = stored.get(province.getCode() + "/" + dataset);
                all.add(found != null ? found : Submission.none(province.getCode(), year, dataset));
            }
        }
        return all;
    }

    @PreAuthorize("@accessScope.mayReadSubmission(#provinceCode)")
    @Transactional(readOnly = true)
    public List<SubmissionEvent> events(String provinceCode, int year, Dataset dataset) {
        Submission submission = submissions.find(provinceCode, year, dataset);
        return submission.id() == null ? List.of() : submissions.events(submission.id());
    }

    @PreAuthorize("@accessScope.mayReadSubmission(#provinceCode)")
    @Transactional(readOnly = true)
    public List<ImportRecord> imports(String provinceCode, int year, Dataset dataset) {
        Submission submission = submissions.find(provinceCode, year, dataset);
        return submission.id() == null ? List.of() : submissions.imports(submission.id());
    }

    /**
     * Takes a step of approval; refused (nothing changed) when the submission is not in a state the step applies to,
     * has no data to submit, or the step needs a comment that is missing. Approval marks the imported figures approved;
     * reopening unmarks them.
     */
    @PreAuthorize("#transition != null && @accessScope.mayTake(#provinceCode, #transition.byMinistry())")
    @Transactional
    public Submission take(
            String provinceCode, int year, Dataset dataset, Transition transition, @Nullable String comment) {
        if (transition.needsComment() && (comment == null || comment.isBlank())) {
            throw new IntakeException("intake.step.commentNeeded");
        }
        Submission before = submissions.find(provinceCode, year, dataset);
        if (before.id() == null || before.currentImportId() == null) {
            throw new IntakeException("intake.step.nothing");
        }
        before = submissions.lock(provinceCode, year, dataset);
        if (!transition.appliesTo(before.state())) {
            throw new IntakeException("intake.step.notNow");
        }
        String username = access.username().orElseThrow();
        Instant now = clock.instant();
        submissions.update(
                before,
                transition.to(),
                null,
                comment == null || comment.isBlank() ? null : comment.strip(),
                username,
                now);
        if (transition.to().isApproved() != before.state().isApproved()) {
            submissions.markApproved(before.id(), transition.to().isApproved());
        }
        audit.recordChange(
                "submission " + provinceCode + "/" + year + "/" + dataset,
                transition.name() + (comment == null || comment.isBlank() ? "" : " – " + comment.strip()),
                before.state().name(),
                transition.to().name());
        events.publishEvent(
                new FactsChanged("submission " + provinceCode + "/" + year + "/" + dataset + " " + transition));
        return submissions.find(provinceCode, year, dataset);
    }
}
