package vn.bca.antq.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.intake.file.FileRejectedException;
import vn.bca.antq.intake.file.RawTable;
import vn.bca.antq.intake.file.SpreadsheetReader;
import vn.bca.antq.security.Role;

/**
 * Every malformed or hostile file of the corpus, uploaded by Hưng Yên's officer the way the import page does it
 * (read, then check): it gets its message, cannot be committed, and the database is exactly as before. The corpus:
 * src/test/resources/intake/files (whole files refused: type, encoding, structure) and intake/rows (files whose
 * rows break the dataset's rules).
 */
@IntegrationTest
class IntakeCorpusTest {

    static final String PROVINCE = "33";
    static final int YEAR = 2026;

    @Autowired
    SpreadsheetReader reader;

    @Autowired
    IntakeService intake;

    @Autowired
    JdbcTemplate jdbc;

    record Case(String directory, String file, Dataset dataset, String expected, int row, String column) {
        @Override
        public String toString() {
            return directory + "/" + file;
        }
    }

    static Stream<Case> refusedFiles() throws IOException {
        return lines("files")
                .filter(l -> !l[1].equals("OK"))
                .map(l -> new Case("files", l[0], Dataset.SAFETY, l[1], 0, ""));
    }

    static Stream<Case> badRows() throws IOException {
        return lines("rows")
                .map(l -> new Case("rows", l[0], Dataset.valueOf(l[1]), l[2], Integer.parseInt(l[3]), l[4]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void aRefusedFileGetsItsMessageAndChangesNothing(Case c) throws IOException {
        String before = Files.fingerprint(jdbc);
        byte[] content = bytes(c);
        assertThatThrownBy(() -> upload(c, content))
                .isInstanceOf(FileRejectedException.class)
                .extracting("messageKey")
                .isEqualTo(c.expected());
        assertThat(Files.fingerprint(jdbc)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aFileBreakingTheRulesShowsEachProblemOnItsCellAndChangesNothing(Case c) throws Exception {
        String before = Files.fingerprint(jdbc);
        Preview preview = upload(c, bytes(c));
        if (c.expected().equals("OK")) {
            assertThat(preview.errorCount()).as(preview.rows().toString()).isZero();
            assertThat(preview.rows()).isNotEmpty();
            return;
        }
        List<Issue> issues = c.row() == 0
                ? preview.fileIssues()
                : preview.rows().stream()
                        .filter(r -> r.rowNumber() == c.row())
                        .findFirst()
                        .orElseThrow()
                        .issues();
        Issue expected = issues.stream()
                .filter(i -> i.messageKey().equals(c.expected())
                        && Objects.toString(i.column(), "").equals(c.column()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(c.expected() + " on “" + c.column() + "” not in " + issues));
        if (expected.severity() == Severity.NOTICE) {
            assertThat(preview.errorCount())
                    .as("a notice on an accepted file: " + preview.fileIssues()
                            + preview.rows().stream()
                                    .filter(ImportRow::hasErrors)
                                    .map(ImportRow::issues)
                                    .toList())
                    .isZero();
            assertThat(preview.rows()).hasSize(RowsCorpusGenerator.ROWS.size());
            return;
        }
        assertThat(expected.isError()).isTrue();
        assertThat(preview.canCommit()).isFalse();
        assertThatThrownBy(() -> Files.as(Role.PROVINCE_OFFICER, PROVINCE, () -> intake.commit(preview, "thử")))
                .isInstanceOf(IntakeException.class);
        assertThat(Files.fingerprint(jdbc)).isEqualTo(before);
    }

    private Preview upload(Case c, byte[] content) throws FileRejectedException {
        RawTable table = reader.read(c.file(), content, c.dataset()::isHeaderRow);
        return Files.as(Role.PROVINCE_OFFICER, PROVINCE, () -> intake.preview(PROVINCE, YEAR, c.dataset(), table));
    }

    private static byte[] bytes(Case c) throws IOException {
        try (InputStream in = IntakeCorpusTest.class.getResourceAsStream("/intake/" + c.directory() + "/" + c.file())) {
            return Objects.requireNonNull(in, c.toString()).readAllBytes();
        }
    }

    private static Stream<String[]> lines(String directory) throws IOException {
        try (InputStream in = IntakeCorpusTest.class.getResourceAsStream("/intake/" + directory + "/EXPECTED.tsv")) {
            String text = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n"))
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> Arrays.copyOf(l.split("\t", -1), 6))
                    .toList()
                    .stream();
        }
    }
}
