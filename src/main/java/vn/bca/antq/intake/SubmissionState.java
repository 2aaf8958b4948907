package vn.bca.antq.intake;

/**
 * Where a province's submission stands. Data can be imported or corrected only while it is a draft or returned;
 * approved and locked figures change only after the ministry reopens them.
 */
public enum SubmissionState {
    /** Nothing received yet (no row in the database). */
    NONE,
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    LOCKED;

    public boolean acceptsData() {
        return this == NONE || this == DRAFT || this == RETURNED;
    }

    public boolean isApproved() {
        return this == APPROVED || this == LOCKED;
    }
}
