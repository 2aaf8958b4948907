package vn.bca.antq.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A province's submission of one dataset for one year, as stored (or {@link SubmissionState#NONE} before any import). */
public record Submission(
        @Nullable Long id,
        String provinceCode,
        int year,
        Dataset dataset,
        SubmissionState state,
        @Nullable Long currentImportId,
        @Nullable String stateComment,
        @Nullable String stateBy,
        @Nullable Instant stateAt,
        @Nullable Instant firstSubmittedAt,
        int version) {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static Submission none(String provinceCode, int year, Dataset dataset) {
        return new Submission(null, provinceCode, year, dataset, SubmissionState.NONE, null, null, null, null, null, 0);
    }

    public LocalDate deadline() {
        return dataset.deadline(year);
    }

    /** Submitted after the deadline (Vietnam time), or still not submitted once it has passed. */
    public boolean isLate(LocalDate today) {
        return firstSubmittedAt != null
                ? firstSubmittedAt.atZone(VIETNAM).toLocalDate().isAfter(deadline())
                : today.isAfter(deadline());
    }
}
