package vn.bca.antq.intake.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.communication.PushMode;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.export.ui.Exports;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.intake.Dataset;
import vn.bca.antq.intake.ImportRow;
import vn.bca.antq.intake.IntakeService;
import vn.bca.antq.intake.Preview;
import vn.bca.antq.intake.Submission;
import vn.bca.antq.intake.SubmissionService;
import vn.bca.antq.intake.Transition;
import vn.bca.antq.intake.file.FileRejectedException;
import vn.bca.antq.intake.file.SpreadsheetReader;
import vn.bca.antq.security.AccessScope;
import vn.bca.antq.security.AuditKind;
import vn.bca.antq.security.AuditService;
import vn.bca.antq.security.Role;

/**
 * Data intake of one submission ({@code /intake?province=33&year=2025&dataset=SAFETY}): its state and approval steps,
 * the prefilled template, the upload with a checked preview and progress, the current figures with single-value
 * corrections, and the history. Officers work on their own province; the ministry sees any and approves.
 */
@Route("intake")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADERSHIP_NAME, Role.PROVINCE_OFFICER_NAME})
@Menu(order = 40, icon = "vaadin:upload", title = "intake.menu")
@StyleSheet("intake.css")
class IntakeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final IntakeService intake;
    private final SubmissionService approval;
    private final AccessScope access;
    private final SpreadsheetReader reader;
    private final Background background;
    private final AuditService audit;
    private final Exports exports;
    private final Clock clock;
    private final Select<AdminUnit> province = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Select<Dataset> dataset = new Select<>();
    private final H2 heading = new H2();
    private final SubmissionPanel status;
    private final Div templates = new Div();
    private final UploadPanel upload;
    private final Div progress = new Div();
    private final PreviewPanel preview;
    private final RowsGrid current = new RowsGrid("intake-current-grid", false);
    private final Div currentExport = new Div();
    private final Paragraph currentCount = new Paragraph();
    private final HistoryPanel history;
    private IntakeAddress address = new IntakeAddress("01", Years.DEFAULT, Dataset.SAFETY);
    private List<ImportRow> currentRows = List.of();
    private @Nullable CompletableFuture<Void> work;

    IntakeView(
            IntakeService intake,
            SubmissionService approval,
            AccessScope access,
            AdministrativeUnits units,
            SpreadsheetReader reader,
            Background background,
            AuditService audit,
            Exports exports,
            Clock clock) {
        this.intake = intake;
        this.approval = approval;
        this.access = access;
        this.reader = reader;
        this.background = background;
        this.audit = audit;
        this.exports = exports;
        this.clock = clock;
        addClassName("intake");
        province.setId("intake-province");
        province.setLabel(getTranslation("intake.province"));
        province.setMinWidth("16rem");
        province.setItems(units.all(Era.PROVINCES_34, UnitLevel.PROVINCE));
        province.setItemLabelGenerator(u -> UiLanguage.current().pick(u.getName(), u.getNameEn()));
        year.setId("intake-year");
        year.setLabel(getTranslation("intake.year"));
        year.setItems(
                IntStream.rangeClosed(Years.FIRST, Years.LAST).boxed().toList().reversed());
        dataset.setId("intake-dataset");
        dataset.setLabel(getTranslation("intake.dataset"));
        dataset.setItems(Dataset.values());
        dataset.setItemLabelGenerator(d -> d.name(UiLanguage.current()));
        dataset.setMinWidth("19rem");
        province.addValueChangeListener(e -> {
            if (e.isFromClient()) go();
        });
        year.addValueChangeListener(e -> {
            if (e.isFromClient()) go();
        });
        dataset.addValueChangeListener(e -> {
            if (e.isFromClient()) go();
        });
        Div controls = new Div(province, year, dataset);
        controls.addClassName("intake-controls");
        status = new SubmissionPanel(
                clock.getZone(), t -> access.mayTake(address.provinceCode(), t.byMinistry()), this::take);
        templates.addClassName("intake-templates");
        upload = new UploadPanel(reader.maxFileBytes(), this::receive);
        progress.setId("intake-progress");
        progress.addClassName("intake-progress");
        progress.setVisible(false);
        preview = new PreviewPanel(this::commit, this::discard);
        history = new HistoryPanel(clock.getZone());
        currentCount.setId("intake-current-count");
        add(
                heading,
                controls,
                status,
                new H3(getTranslation("intake.template.title")),
                templates,
                upload,
                progress,
                preview,
                new H3(getTranslation("intake.current.title")),
                currentCount,
                currentExport,
                current,
                history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String own = access.user().map(u -> u.provinceCode()).orElse(null);
        IntakeAddress wanted = IntakeAddress.of(event.getLocation().getQueryParameters(), own != null ? own : "01");
        if (!access.mayReadSubmission(wanted.provinceCode())) {
            wanted = new IntakeAddress(own != null ? own : "01", wanted.year(), wanted.dataset());
        }
        address = wanted;
        province.setReadOnly(own != null && !access.readsEverything());
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("intake.title") + " – ANTQ";
    }

    /** The background work under way (reading, checking or storing a file), for tests to wait on. */
    @Nullable
    CompletableFuture<Void> work() {
        return work;
    }

    private void go() {
        if (province.getValue() == null || year.getValue() == null || dataset.getValue() == null) {
            return;
        }
        UI.getCurrent()
                .navigate(
                        IntakeView.class,
                        new IntakeAddress(province.getValue().getCode(), year.getValue(), dataset.getValue())
                                .parameters());
    }

    private void refresh() {
        Submission submission = approval.submission(address.provinceCode(), address.year(), address.dataset());
        province.getListDataView()
                .getItems()
                .filter(u -> u.getCode().equals(address.provinceCode()))
                .findFirst()
                .ifPresent(province::setValue);
        year.setValue(address.year());
        dataset.setValue(address.dataset());
        heading.setText(getTranslation(
                "intake.heading",
                address.dataset().name(UiLanguage.current()),
                String.valueOf(address.year()),
                province.getValue() == null
                        ? address.provinceCode()
                        : UiLanguage.current()
                                .pick(
                                        province.getValue().getName(),
                                        province.getValue().getNameEn())));
        status.show(submission, LocalDate.now(clock));
        boolean mayImport = access.mayImportFor(address.provinceCode());
        upload.setVisible(mayImport);
        upload.open(submission.state().acceptsData());
        templates.removeAll();
        templates.add(exports.workbook(
                () -> intake.template(address.provinceCode(), address.year(), address.dataset(), UiLanguage.current()),
                () -> "template " + address.scopeDescription()));
        currentRows = intake.current(address.provinceCode(), address.year(), address.dataset());
        currentCount.setText(getTranslation("intake.current.count", Format.number(currentRows.size())));
        current.show(
                address.dataset(),
                currentRows,
                mayImport && submission.state().acceptsData() && !currentRows.isEmpty() ? this::correct : null);
        currentExport.removeAll();
        currentExport.add(exports.menu(
                () -> intake.template(address.provinceCode(), address.year(), address.dataset(), UiLanguage.current())
                        .getFirst(),
                () -> "figures " + address.scopeDescription()));
        history.show(
                approval.imports(address.provinceCode(), address.year(), address.dataset()),
                approval.events(address.provinceCode(), address.year(), address.dataset()));
    }

    /** A file arrived (as the upload component hands it over, or from a test): see {@link #receive(String, Path)}. */
    void receive(String fileName, byte[] content) {
        try {
            Path file = Files.createTempFile("antq-upload-", ".part");
            Files.write(file, content);
            receive(fileName, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file arrived: read and check it in the reading pool, showing progress (or the place in line while other files
     * are read), then show the preview. A refused file is audited; the temporary file is deleted either way.
     */
    private void receive(String fileName, Path file) {
        preview.hide();
        int ahead = background.readsAhead();
        busy(
                ahead < reader.limits().parallelReads()
                        ? getTranslation("intake.progress.checking", fileName)
                        : getTranslation("intake.progress.queued", fileName, ahead));
        IntakeAddress target = address;
        String client = AuditService.clientAddress();
        try {
            work = background.read(
                    UI.getCurrent(),
                    () -> {
                        try {
                            byte[] content = Files.readAllBytes(file);
                            try {
                                return intake.preview(
                                        target.provinceCode(),
                                        target.year(),
                                        target.dataset(),
                                        reader.read(fileName, content, target.dataset()::isHeaderRow));
                            } catch (FileRejectedException e) {
                                audit.record(
                                        AuditKind.UPLOAD_REJECTED,
                                        null,
                                        client,
                                        "submission " + target.scopeDescription(),
                                        fileName + " (" + content.length + " B): " + e.messageKey() + " "
                                                + List.of(e.arguments()));
                                throw e;
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        } finally {
                            deleteQuietly(file);
                        }
                    },
                    checked -> {
                        idle();
                        preview.show(checked);
                    },
                    error -> {
                        idle();
                        Messages.show(this, error);
                    });
        } catch (Background.Busy busy) {
            deleteQuietly(file);
            idle();
            Messages.show(this, new Messages.Refused("intake.upload.busy"));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    private void commit(Preview checked, @Nullable String comment) {
        busy(getTranslation(
                "intake.progress.storing", Format.number(checked.rows().size())));
        work = background.run(
                UI.getCurrent(),
                () -> intake.commit(checked, comment),
                result -> {
                    idle();
                    preview.hide();
                    Messages.done(getTranslation(
                            result.changed() ? "intake.stored" : "intake.unchanged", Format.number(result.rows())));
                    refresh();
                },
                error -> {
                    idle();
                    Messages.show(this, error);
                    refresh();
                });
    }

    private void discard() {
        preview.hide();
    }

    private void correct(ImportRow row) {
        int index = currentRows.indexOf(row);
        new CorrectionDialog(
                        address.dataset(),
                        row,
                        index,
                        (rowIndex, column, text) -> intake.correction(
                                address.provinceCode(), address.year(), address.dataset(), rowIndex, column, text),
                        this::commit)
                .open();
    }

    private void take(Transition transition, @Nullable String comment) {
        try {
            approval.take(address.provinceCode(), address.year(), address.dataset(), transition, comment);
            Messages.done(getTranslation("intake.step.done." + transition.name()));
        } catch (RuntimeException e) {
            Messages.show(this, e);
        }
        refresh();
    }

    private void busy(String text) {
        progress.removeAll();
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        progress.add(new Paragraph(text), bar);
        progress.setVisible(true);
        upload.setEnabled(false);
    }

    private void idle() {
        progress.setVisible(false);
        upload.setEnabled(true);
    }
}
