package vn.bca.antq.intake;

import java.util.Set;

/**
 * The steps of approval. The province submits its draft; the ministry (LEADERSHIP or ADMIN) approves it or returns
 * it with a comment, locks approved figures for good, or reopens approved or locked figures (with a comment) so
 * the province can correct them.
 */
public enum Transition {
    SUBMIT(Set.of(SubmissionState.DRAFT, SubmissionState.RETURNED), SubmissionState.SUBMITTED, false, false),
    APPROVE(Set.of(SubmissionState.SUBMITTED), SubmissionState.APPROVED, true, false),
    RETURN(Set.of(SubmissionState.SUBMITTED), SubmissionState.RETURNED, true, true),
    LOCK(Set.of(SubmissionState.APPROVED), SubmissionState.LOCKED, true, false),
    REOPEN(Set.of(SubmissionState.APPROVED, SubmissionState.LOCKED), SubmissionState.DRAFT, true, true);

    private final Set<SubmissionState> from;
    private final SubmissionState to;
    private final boolean byMinistry;
    private final boolean needsComment;

    Transition(Set<SubmissionState> from, SubmissionState to, boolean byMinistry, boolean needsComment) {
        this.from = from;
        this.to = to;
        this.byMinistry = byMinistry;
        this.needsComment = needsComment;
    }

    public boolean appliesTo(SubmissionState state) {
        return from.contains(state);
    }

    public SubmissionState to() {
        return to;
    }

    /** Taken by the ministry (LEADERSHIP, ADMIN) rather than by the province. */
    public boolean byMinistry() {
        return byMinistry;
    }

    public boolean needsComment() {
        return needsComment;
    }
}
