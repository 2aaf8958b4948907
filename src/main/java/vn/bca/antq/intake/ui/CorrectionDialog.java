package vn.bca.antq.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.intake.Column;
import vn.bca.antq.intake.Dataset;
import vn.bca.antq.intake.ImportRow;
import vn.bca.antq.intake.Issue;
import vn.bca.antq.intake.Preview;

/**
 * Corrects one value of the current figures: pick the column, type the new value; it is checked by the same rules as
 * a file (errors stop it, warnings need a reason) and stored as a correction, audited like an import.
 */
class CorrectionDialog extends Dialog {

    /** Builds the correction's preview: row index, column key, typed text. */
    interface Check {
        Preview of(int rowIndex, String column, String text);
    }

    private static final Set<String> FIXED =
            Set.of(Dataset.UNIT_CODE, Dataset.UNIT_NAME, "indicator", "indicator_name");

    private final Select<Column> column = new Select<>();
    private final TextField value = new TextField();
    private final TextArea reason = new TextArea();
    private final UnorderedList problems = new UnorderedList();

    CorrectionDialog(
            Dataset dataset, ImportRow row, int rowIndex, Check check, BiConsumer<Preview, @Nullable String> commit) {
        setId("intake-correction");
        setHeaderTitle(getTranslation(
                "intake.correct.title",
                Objects.toString(row.value(Dataset.UNIT_CODE), ""),
                Objects.toString(row.value(Dataset.UNIT_NAME), "")));
        column.setId("intake-correction-column");
        column.setLabel(getTranslation("intake.correct.column"));
        column.setItems(
                dataset.columns().stream().filter(c -> !FIXED.contains(c.key())).toList());
        column.setItemLabelGenerator(c -> c.header(UiLanguage.current()));
        column.addValueChangeListener(
                e -> value.setValue(e.getValue() == null ? "" : CellText.value(e.getValue(), row)));
        value.setId("intake-correction-value");
        value.setLabel(getTranslation("intake.correct.value"));
        reason.setId("intake-correction-reason");
        reason.setLabel(getTranslation("intake.preview.comment"));
        reason.setWidthFull();
        reason.setVisible(false);
        problems.setId("intake-correction-problems");
        Button save = new Button(getTranslation("intake.correct.save"), e -> {
            if (column.getValue() == null) {
                column.setInvalid(true);
                return;
            }
            Preview preview = check.of(rowIndex, column.getValue().key(), value.getValue());
            problems.removeAll();
            ImportRow changed = preview.rows().get(rowIndex);
            changed.issues().stream()
                    .filter(Issue::isError)
                    .forEach(i -> problems.add(new ListItem(CellText.message(this, i))));
            if (preview.errorCount() > 0) {
                if (problems.getChildren().findAny().isEmpty()) {
                    problems.add(new ListItem(getTranslation("intake.commit.errors", preview.errorCount())));
                }
                return;
            }
            if (preview.warningCount() > 0 && reason.getValue().isBlank()) {
                changed.issues().forEach(i -> problems.add(new ListItem(CellText.message(this, i))));
                reason.setVisible(true);
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("intake.commit.commentNeeded", preview.warningCount()));
                return;
            }
            close();
            commit.accept(preview, reason.getValue());
        });
        save.setId("intake-correction-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new Paragraph(getTranslation("intake.correct.hint")), column, value, problems, reason);
        getFooter().add(new Button(getTranslation("intake.cancel"), e -> close()), save);
    }

    Select<Column> column() {
        return column;
    }

    TextField value() {
        return value;
    }
}
