package vn.bca.antq.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.FactsChanged;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.export.Table;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.intake.file.RawCell;
import vn.bca.antq.intake.file.RawTable;
import vn.bca.antq.security.AccessScope;
import vn.bca.antq.security.AuditService;
import vn.bca.antq.security.Role;

/**
 * Import of a province's figures: the current figures as rows (for templates), validation of an uploaded table into
 * a {@link Preview}, single-value corrections through the same rules, and the all-or-nothing commit that replaces
 * the scope's figures and keeps the replaced ones in history.
 */
@Service
public class IntakeService {

    private final ApplicationEventPublisher events;

    private final Scopes scopes;
    private final Map<Dataset, DatasetRules> rules = new EnumMap<>(Dataset.class);
    private final AdministrativeUnits units;
    private final Submissions submissions;
    private final Templates templates;
    private final NamedParameterJdbcTemplate jdbc;
    private final AccessScope access;
    private final AuditService audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    IntakeService(
            Scopes scopes,
            List<DatasetRules> rules,
            AdministrativeUnits units,
            Submissions submissions,
            Templates templates,
            NamedParameterJdbcTemplate jdbc,
            AccessScope access,
            AuditService audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.scopes = scopes;
        rules.forEach(r -> this.rules.put(r.dataset(), r));
        this.units = units;
        this.submissions = submissions;
        this.templates = templates;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The scope's figures now, as rows of its file (what a prefilled template holds). */
    @PreAuthorize("@accessScope.mayReadSubmission(#provinceCode)")
    @Transactional(readOnly = true)
    public List<ImportRow> current(String provinceCode, int year, Dataset dataset) {
        return rules(dataset).current(scope(provinceCode, year, dataset));
    }

    /** The prefilled template of a scope: data sheet, instructions and code lists, to write as XLSX or CSV. */
    @PreAuthorize("@accessScope.mayReadSubmission(#provinceCode)")
    @Transactional(readOnly = true)
    public List<Table> template(String provinceCode, int year, Dataset dataset, Language language) {
        Scope scope = scope(provinceCode, year, dataset);
        return templates.of(scope, rules(dataset).current(scope), rules(dataset).codeLists(), language);
    }

    /** The units rows of this scope may name, in alphabetical order (the template's code list). */
    @PreAuthorize("@accessScope.mayReadSubmission(#provinceCode)")
    public Scope scopeOf(String provinceCode, int year, Dataset dataset) {
        return scope(provinceCode, year, dataset);
    }

    /** Checks an uploaded table against the scope. Nothing is written. */
    @PreAuthorize("@accessScope.mayImportFor(#provinceCode)")
    @Transactional(readOnly = true)
    public Preview preview(String provinceCode, int year, Dataset dataset, RawTable table) {
        Scope scope = scope(provinceCode, year, dataset);
        return validation(scope)
                .of(table, submissions.find(provinceCode, year, dataset).version());
    }

    /**
     * A single-value correction: the scope's current rows with one cell changed ({@code text} read like a file's
     * cell), checked by the same rules. Commit it like an upload.
     */
    @PreAuthorize("@accessScope.mayImportFor(#provinceCode)")
    @Transactional(readOnly = true)
    public Preview correction(
            String provinceCode, int year, Dataset dataset, int rowIndex, String column, String text) {
        Scope scope = scope(provinceCode, year, dataset);
        List<ImportRow> current = rules(dataset).current(scope);
        if (rowIndex < 0 || rowIndex >= current.size()) {
            throw new IntakeException("intake.correction.noRow");
        }
        List<ImportRow> rows = new ArrayList<>(current.size());
        for (int i = 0; i < current.size(); i++) {
            ImportRow copy = new ImportRow(i + 2);
            current.get(i).values().forEach(copy::put);
            if (i == rowIndex) {
                Column changed = dataset.column(column);
                ImportRow read = new ImportRow(i + 2);
                CellReader.read(changed, new RawCell.Text("", text), read).ifPresent(v -> copy.put(column, v));
                if (text.isBlank()) {
                    copy.remove(column);
                }
                read.issues().forEach(copy::add);
            }
            rows.add(copy);
        }
        ImportRow target = current.get(rowIndex);
        String name = "Sửa " + target.value(Dataset.UNIT_CODE) + " – "
                + dataset.column(column).headerVi() + ": " + text;
        return validation(scope)
                .check(
                        name,
                        rows,
                        List.of(),
                        List.of(),
                        submissions.find(provinceCode, year, dataset).version(),
                        true);
    }

    /**
     * Stores a preview all-or-nothing: the scope's figures are replaced by its rows in one transaction. Refused with a
     * clear reason if it has errors, warnings without a comment, the submission is not open for data, or another
     * commit came first. The same content as the current import changes nothing.
     */
    @PreAuthorize("@accessScope.mayImportFor(#preview.scope().provinceCode())")
    @Transactional
    public CommitResult commit(Preview preview, @Nullable String comment) {
        if (!preview.canCommit()) {
            throw new IntakeException("intake.commit.errors", preview.errorCount());
        }
        if (preview.warningCount() > 0 && (comment == null || comment.isBlank())) {
            throw new IntakeException("intake.commit.commentNeeded", preview.warningCount());
        }
        Scope scope = preview.scope();
        Submission submission = submissions.lock(scope.provinceCode(), scope.year(), scope.dataset());
        if (!submission.state().acceptsData()) {
            throw new IntakeException("intake.commit.closed");
        }
        if (submission.version() != preview.submissionVersion()) {
            throw new IntakeException("intake.commit.stale");
        }
        if (submissions
                .contentHashOf(submission.currentImportId())
                .filter(preview.contentHash()::equals)
                .isPresent()) {
            return new CommitResult(
                    false, submission.currentImportId(), preview.rows().size());
        }
        String username = access.username().orElseThrow();
        Instant now = clock.instant();
        boolean correction = preview.correction();
        long sourceId = insertSource(preview, supplier(scope.provinceCode()), now);
        long batchId = insertBatch(submission, preview, sourceId, correction, comment, username, now);
        insertRows(batchId, preview.rows());
        rules(scope.dataset()).replace(scope, preview.rows(), sourceId, batchId);
        submissions.update(submission, SubmissionState.DRAFT, batchId, submission.stateComment(), username, now);
        audit.recordChange(
                "submission " + scope.provinceCode() + "/" + scope.year() + "/" + scope.dataset(),
                (correction ? "correction " : "import ") + preview.fileName() + ": "
                        + preview.rows().size() + " rows, " + preview.warningCount() + " warnings"
                        + (comment == null || comment.isBlank() ? "" : " – " + comment),
                submissions.contentHashOf(submission.currentImportId()).orElse(null),
                preview.contentHash());
        events.publishEvent(
                new FactsChanged("import " + scope.provinceCode() + "/" + scope.year() + "/" + scope.dataset()));
        return new CommitResult(true, batchId, preview.rows().size());
    }

    /** What a commit did: whether anything changed, the import now current, how many rows it holds. */
    public record CommitResult(boolean changed, @Nullable Long importId, int rows) {}

    /**
     * The organisation imported figures are cited by, as the public reads a source: the province's police for its
     * officer ("Công an tỉnh Hưng Yên"), the ministry for its own staff. Never the account: figures are seen by other
     * provinces and on conference screens, and who typed them in is for the audit log.
     */
    private String supplier(String provinceCode) {
        if (access.hasRole(Role.PROVINCE_OFFICER)) {
            String name = units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, provinceCode)
                    .map(AdminUnit::getName)
                    .orElse(provinceCode);
            return "Công an " + Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return "Bộ Công an";
    }

    private long insertSource(Preview preview, String supplier, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                """
                        INSERT INTO data_source (kind, reference, title, publisher, published_on, approved)
                        VALUES ('IMPORT', :reference, :title, :publisher, :on, FALSE)""",
                new MapSqlParameterSource("reference", "import:" + UUID.randomUUID())
                        .addValue("title", preview.fileName())
                        .addValue("publisher", supplier)
                        .addValue("on", LocalDate.ofInstant(now, clock.getZone())),
                key,
                new String[] {"id"});
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    private long insertBatch(
            Submission submission,
            Preview preview,
            long sourceId,
            boolean correction,
            @Nullable String comment,
            String username,
            Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                """
                        INSERT INTO import_batch (submission_id, source_id, kind, file_name, content_sha256, row_count, warning_count,
                                                  warning_comment, imported_by, imported_at)
                        VALUES (:submission, :source, :kind, :file, :hash, :rows, :warnings, :comment, :by, :at)""",
                new MapSqlParameterSource("submission", submission.id())
                        .addValue("source", sourceId)
                        .addValue("kind", correction ? "CORRECTION" : "FILE")
                        .addValue("file", truncate(preview.fileName(), 255))
                        .addValue("hash", preview.contentHash())
                        .addValue("rows", preview.rows().size())
                        .addValue("warnings", preview.warningCount())
                        .addValue("comment", comment == null ? null : truncate(comment, 2000))
                        .addValue("by", username)
                        .addValue("at", java.sql.Timestamp.from(now)),
                key,
                new String[] {"id"});
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    private void insertRows(long batchId, List<ImportRow> rows) {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            Map<String, Object> content = new LinkedHashMap<>();
            row.values().forEach((k, v) -> content.put(k, v instanceof LocalDate d ? d.toString() : v));
            values.add(new Object[] {batchId, row.rowNumber(), json.writeValueAsString(content)});
        }
        for (int from = 0; from < values.size(); from += 1000) {
            jdbc.getJdbcTemplate()
                    .batchUpdate(
                            "INSERT INTO import_row (batch_id, row_no, content) VALUES (?, ?, ?)",
                            values.subList(from, Math.min(values.size(), from + 1000)));
        }
    }

    private DatasetRules rules(Dataset dataset) {
        return Objects.requireNonNull(rules.get(dataset), () -> "no rules for " + dataset);
    }

    private Validation validation(Scope scope) {
        DatasetRules datasetRules = rules(scope.dataset());
        return new Validation(
                units,
                datasetRules,
                scope,
                () -> scope.year() > Years.FIRST
                        ? datasetRules.current(scope(scope.provinceCode(), scope.year() - 1, scope.dataset()))
                        : List.of());
    }

    private Scope scope(String provinceCode, int year, Dataset dataset) {
        if (!Years.covers(year)) {
            throw new IntakeException("intake.scope.year", String.valueOf(year));
        }
        return scopes.of(provinceCode, year, dataset)
                .orElseThrow(() -> new IntakeException("intake.scope.province", provinceCode));
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
