package vn.bca.antq.intake;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A committed import (file or single-value correction) of a submission, for its history. */
public record ImportRecord(
        long id,
        String kind,
        String fileName,
        int rowCount,
        int warningCount,
        @Nullable String warningComment,
        String importedBy,
        Instant importedAt) {}
