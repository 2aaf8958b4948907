package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.export.Table;
import vn.bca.antq.export.ui.GridTable;
import vn.bca.antq.movementmodel.ModelService.ModelInUnit;

/** The models with sites running in a unit: name, type, initiating body in words, sites and teams there, source. */
final class UnitModelGrid extends Grid<ModelInUnit> {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private final GridTable<ModelInUnit> export = new GridTable<>(this);

    UnitModelGrid(List<ModelInUnit> models) {
        setId("model-grid");
        export.column(
                addColumn(ModelInUnit::name)
                        .setKey("name")
                        .setHeader(getTranslation("unit.models.name"))
                        .setComparator(Comparator.comparing(ModelInUnit::name, VIETNAMESE))
                        .setFlexGrow(2),
                ModelInUnit::name);
        export.column(
                addColumn(this::type)
                        .setKey("type")
                        .setHeader(getTranslation("unit.models.type"))
                        .setComparator(Comparator.comparing(this::type, VIETNAMESE)),
                this::type);
        export.column(
                addColumn(this::body)
                        .setKey("initiating-body")
                        .setHeader(getTranslation("unit.models.initiating-body"))
                        .setComparator(Comparator.comparing(ModelInUnit::initiatingBody)),
                this::body);
        export.column(
                addColumn(m -> Format.number(m.sites()))
                        .setKey("sites")
                        .setHeader(getTranslation("unit.models.sites"))
                        .setComparator(Comparator.comparingLong(ModelInUnit::sites)),
                ModelInUnit::sites);
        export.column(
                addColumn(m -> Format.number(m.teams()))
                        .setKey("teams")
                        .setHeader(getTranslation("unit.models.teams"))
                        .setComparator(Comparator.comparingLong(ModelInUnit::teams)),
                ModelInUnit::teams);
        export.column(
                addColumn(this::source)
                        .setKey("source")
                        .setHeader(getTranslation("unit.models.source"))
                        .setComparator(Comparator.comparing(ModelInUnit::sourceKind)),
                this::source);
        getColumns().forEach(c -> c.setResizable(true));
        setItems(models);
    }

    /** The models as the grid shows them, in its current order. */
    Table table(String name) {
        return export.table(name);
    }

    private String type(ModelInUnit model) {
        return UiLanguage.current().pick(model.typeVi(), model.typeEn());
    }

    private String source(ModelInUnit model) {
        return getTranslation("source." + model.sourceKind().name());
    }

    private String body(ModelInUnit model) {
        return getTranslation("unit.initiating-body." + model.initiatingBody().name());
    }
}
