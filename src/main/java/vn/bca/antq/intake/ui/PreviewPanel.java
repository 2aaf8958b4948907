package vn.bca.antq.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.intake.Issue;
import vn.bca.antq.intake.Preview;

/**
 * The checked upload: how many rows, errors and warnings; problems of the file as a whole; every row with its
 * problems per cell (optionally only the rows with problems); a comment explaining the warnings; store or discard.
 */
class PreviewPanel extends Div {

    private final BiConsumer<Preview, @Nullable String> commit;
    private final Runnable discard;
    private final Paragraph summary = new Paragraph();
    private final UnorderedList fileIssues = new UnorderedList();
    private final Checkbox onlyProblems = new Checkbox();
    private final RowsGrid rows = new RowsGrid("intake-preview-grid", true);
    private final TextArea comment = new TextArea();
    private final Button store = new Button();
    private @Nullable Preview shown;

    PreviewPanel(BiConsumer<Preview, @Nullable String> commit, Runnable discard) {
        this.commit = commit;
        this.discard = discard;
        setId("intake-preview");
        addClassName("intake-preview");
        summary.setId("intake-preview-summary");
        fileIssues.setId("intake-file-issues");
        onlyProblems.setLabel(getTranslation("intake.preview.onlyProblems"));
        onlyProblems.setId("intake-only-problems");
        onlyProblems.addValueChangeListener(e -> showRows());
        comment.setId("intake-comment");
        comment.setLabel(getTranslation("intake.preview.comment"));
        comment.setWidthFull();
        comment.setMaxLength(2000);
        store.setText(getTranslation("intake.preview.store"));
        store.setId("intake-store");
        store.addThemeVariants(ButtonVariant.PRIMARY);
        store.addClickListener(e -> store());
        Button cancel = new Button(getTranslation("intake.preview.discard"), e -> discard.run());
        cancel.setId("intake-discard");
        Div actions = new Div(store, cancel);
        actions.addClassName("intake-preview__actions");
        add(new H3(getTranslation("intake.preview.title")), summary, fileIssues, onlyProblems, rows, comment, actions);
        setVisible(false);
    }

    void show(Preview preview) {
        shown = preview;
        summary.setText(getTranslation(
                        "intake.preview.summary",
                        preview.fileName(),
                        Format.number(preview.rows().size()),
                        Format.number(preview.errorCount()),
                        Format.number(preview.warningCount()))
                + (preview.ignoredHeaders().isEmpty()
                        ? ""
                        : " " + getTranslation("intake.preview.ignored", String.join(", ", preview.ignoredHeaders()))));
        summary.getElement().setAttribute("data-errors", String.valueOf(preview.errorCount()));
        fileIssues.removeAll();
        for (Issue issue : preview.fileIssues()) {
            fileIssues.add(fileIssue(issue));
        }
        if (preview.rows().isEmpty() && preview.fileIssues().isEmpty()) {
            fileIssues.add(new ListItem(getTranslation("intake.preview.noRows")));
        }
        onlyProblems.setValue(preview.rowsWithIssues() > 0 && preview.rows().size() > 50);
        showRows();
        comment.setVisible(preview.warningCount() > 0);
        comment.clear();
        comment.setInvalid(false);
        store.setEnabled(preview.canCommit());
        setVisible(true);
    }

    /**
     * A problem of the file in the colour of its kind, so that how the file was read (a notice: which sheet, the rows
     * skipped as totals) is not taken for a fault.
     */
    private ListItem fileIssue(Issue issue) {
        ListItem item = new ListItem(CellText.message(this, issue));
        String kind = issue.severity().name().toLowerCase(java.util.Locale.ROOT);
        item.addClassName("intake-file-issues__" + kind);
        item.getStyle()
                .setColor(
                        switch (issue.severity()) {
                            case ERROR -> "var(--lumo-error-text-color)";
                            case WARNING -> "var(--lumo-warning-text-color, var(--lumo-body-text-color))";
                            case NOTICE -> "var(--lumo-secondary-text-color)";
                        });
        return item;
    }

    void hide() {
        shown = null;
        setVisible(false);
    }

    RowsGrid grid() {
        return rows;
    }

    private void showRows() {
        if (shown != null) {
            rows.show(
                    shown.scope().dataset(),
                    onlyProblems.getValue()
                            ? shown.rows().stream()
                                    .filter(r -> !r.issues().isEmpty())
                                    .toList()
                            : shown.rows(),
                    null);
        }
    }

    private void store() {
        if (shown == null) {
            return;
        }
        if (shown.warningCount() > 0 && comment.getValue().isBlank()) {
            comment.setInvalid(true);
            comment.setErrorMessage(getTranslation("intake.commit.commentNeeded", shown.warningCount()));
            return;
        }
        store.setEnabled(false);
        commit.accept(shown, comment.getValue());
    }
}
