package vn.bca.antq.intake.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.intake.ImportRecord;
import vn.bca.antq.intake.SubmissionEvent;

/** A submission's history: its imports and corrections (who, when, which file, how many rows), and every step of approval. */
class HistoryPanel extends Div {

    private final Grid<ImportRecord> imports = new Grid<>();
    private final Grid<SubmissionEvent> steps = new Grid<>();

    HistoryPanel(ZoneId zone) {
        setId("intake-history");
        addClassName("intake-history");
        imports.setId("intake-imports");
        imports.addThemeVariants(GridVariant.LUMO_COMPACT);
        imports.setAllRowsVisible(true);
        imports.addColumn(i -> Format.dateTime(i.importedAt(), zone))
                .setHeader(getTranslation("intake.history.time"))
                .setAutoWidth(true);
        imports.addColumn(ImportRecord::importedBy)
                .setHeader(getTranslation("intake.history.by"))
                .setAutoWidth(true);
        imports.addColumn(i -> getTranslation("intake.history.kind." + i.kind()))
                .setHeader(getTranslation("intake.history.kind"))
                .setAutoWidth(true);
        imports.addColumn(ImportRecord::fileName)
                .setHeader(getTranslation("intake.history.file"))
                .setAutoWidth(true);
        imports.addColumn(i -> Format.number(i.rowCount()))
                .setHeader(getTranslation("intake.history.rows"))
                .setAutoWidth(true);
        imports.addColumn(i -> Format.number(i.warningCount()))
                .setHeader(getTranslation("intake.history.warnings"))
                .setAutoWidth(true);
        imports.addColumn(i -> Objects.toString(i.warningComment(), ""))
                .setHeader(getTranslation("intake.history.comment"));
        steps.setId("intake-steps");
        steps.addThemeVariants(GridVariant.LUMO_COMPACT);
        steps.setAllRowsVisible(true);
        steps.addColumn(e -> Format.dateTime(e.at(), zone))
                .setHeader(getTranslation("intake.history.time"))
                .setAutoWidth(true);
        steps.addColumn(SubmissionEvent::by)
                .setHeader(getTranslation("intake.history.by"))
                .setAutoWidth(true);
        steps.addColumn(e -> (e.from() == null
                                ? ""
                                : getTranslation("intake.state." + e.from().name()) + " → ")
                        + getTranslation("intake.state." + e.to().name()))
                .setHeader(getTranslation("intake.history.step"))
                .setAutoWidth(true);
        steps.addColumn(e -> Objects.toString(e.comment(), "")).setHeader(getTranslation("intake.history.comment"));
        add(
                new H3(getTranslation("intake.history.imports")),
                imports,
                new H3(getTranslation("intake.history.steps")),
                steps);
    }

    void show(List<ImportRecord> importRecords, List<SubmissionEvent> events) {
        imports.setItems(importRecords);
        steps.setItems(events);
    }

    Grid<ImportRecord> imports() {
        return imports;
    }

    Grid<SubmissionEvent> steps() {
        return steps;
    }
}
