package vn.bca.antq.intake;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step in a submission's history: from which state to which, by whom, when and why. */
public record SubmissionEvent(
        @Nullable SubmissionState from,
        SubmissionState to,
        @Nullable String comment,
        String by,
        Instant at) {}
