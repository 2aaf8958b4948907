package vn.bca.antq.intake.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.intake.Column;
import vn.bca.antq.intake.ColumnType;
import vn.bca.antq.intake.Dataset;
import vn.bca.antq.intake.ImportRow;
import vn.bca.antq.intake.Issue;
import vn.bca.antq.intake.Severity;

/**
 * The rows of a file (preview) or of the database (current figures) under the dataset's columns. A cell with an
 * error or warning is coloured and tells its messages in a tooltip; row-level problems fill the last column.
 */
class RowsGrid extends Composite<Grid<ImportRow>> {

    private final boolean preview;
    private final Grid<ImportRow> grid = new Grid<>();

    RowsGrid(String id, boolean preview) {
        this.preview = preview;
        grid.setId(id);
        grid.addClassName("intake-rows");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setHeight("28rem");
    }

    @Override
    protected Grid<ImportRow> initContent() {
        return grid;
    }

    Grid<ImportRow> grid() {
        return grid;
    }

    /** Shows {@code rows} of {@code dataset}; with {@code onCorrect}, each row gets a button to correct one of its values. */
    void show(Dataset dataset, List<ImportRow> rows, @Nullable Consumer<ImportRow> onCorrect) {
        grid.removeAllColumns();
        if (preview) {
            grid.addColumn(ImportRow::rowNumber)
                    .setHeader(getTranslation("intake.grid.row"))
                    .setKey("row")
                    .setWidth("5rem")
                    .setFlexGrow(0)
                    .setFrozen(true);
        }
        for (Column column : dataset.columns()) {
            Grid.Column<ImportRow> gridColumn = grid.addColumn(row -> CellText.value(column, row))
                    .setKey(column.key())
                    .setHeader(column.header(UiLanguage.current()))
                    .setAutoWidth(true)
                    .setResizable(true);
            if (column.type() == ColumnType.COUNT || column.type() == ColumnType.DECIMAL) {
                gridColumn.setTextAlign(ColumnTextAlign.END);
            }
            if (preview) {
                gridColumn.setPartNameGenerator(row -> part(row, column.key()));
                gridColumn.setTooltipGenerator(row -> CellText.issues(this, row, column.key()));
            }
        }
        if (preview) {
            grid.addColumn(row -> CellText.rowIssues(this, row))
                    .setKey("issues")
                    .setHeader(getTranslation("intake.grid.issues"))
                    .setAutoWidth(true)
                    .setPartNameGenerator(row -> part(row, null));
        }
        if (onCorrect != null) {
            grid.addComponentColumn(row -> {
                        Button button = new Button(getTranslation("intake.correct.button"), e -> onCorrect.accept(row));
                        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                        return button;
                    })
                    .setKey("correct")
                    .setHeader("")
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setFrozenToEnd(true);
        }
        grid.setItems(rows);
    }

    private static @Nullable String part(ImportRow row, @Nullable String column) {
        List<Issue> issues = row.issues().stream()
                .filter(i -> Objects.equals(i.column(), column))
                .toList();
        if (issues.isEmpty()) {
            return null;
        }
        return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR) ? "intake-error" : "intake-warning";
    }
}
