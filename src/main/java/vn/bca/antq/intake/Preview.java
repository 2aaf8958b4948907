package vn.bca.antq.intake;

import java.util.List;

/**
 * A validated upload waiting for the officer's decision: every row with its values and issues, problems of the
 * file as a whole (missing columns), the columns it did not use, and what it was checked against — the submission's
 * version (a commit refuses a preview that someone else's commit has overtaken) and a hash of its content (the
 * same content committed twice changes nothing). A correction is a preview of the current rows with one value changed.
 */
public record Preview(
        Scope scope,
        String fileName,
        List<ImportRow> rows,
        List<Issue> fileIssues,
        List<String> ignoredHeaders,
        int submissionVersion,
        String contentHash,
        boolean correction) {

    public long errorCount() {
        return fileIssues.stream().filter(Issue::isError).count()
                + rows.stream()
                        .mapToLong(
                                r -> r.issues().stream().filter(Issue::isError).count())
                        .sum();
    }

    public long warningCount() {
        return fileIssues.stream().filter(i -> i.severity() == Severity.WARNING).count()
                + rows.stream()
                        .mapToLong(r ->
                                r.issues().stream().filter(i -> !i.isError()).count())
                        .sum();
    }

    public long rowsWithIssues() {
        return rows.stream().filter(r -> !r.issues().isEmpty()).count();
    }

    public boolean canCommit() {
        return errorCount() == 0 && !rows.isEmpty();
    }
}
