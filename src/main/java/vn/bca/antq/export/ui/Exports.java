package vn.bca.antq.export.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableSupplier;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.bca.antq.export.ExportAudit;
import vn.bca.antq.export.Table;

/** Makes download menus; views get it injected, so that every menu records its exports in the same audit log. */
@Component
public class Exports {

    private final ExportAudit audit;
    private final Clock clock;

    Exports(ExportAudit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A download menu for a table built when the user downloads it ({@code table}: from the rows shown at that moment),
     * with {@code scope} describing those rows for the audit log (e.g. "provinces, year 2024, COVERAGE_COMMUNES").
     */
    public ExportMenu menu(SerializableSupplier<Table> table, SerializableSupplier<String> scope) {
        return new ExportMenu(audit, clock, () -> List.of(table.get()), scope);
    }

    /** A download menu for a workbook of several sheets (a template with its instructions and code lists); CSV takes the first. */
    public ExportMenu workbook(SerializableSupplier<List<Table>> tables, SerializableSupplier<String> scope) {
        return new ExportMenu(audit, clock, tables, scope);
    }

    /** A download menu whose scope is the page's address, for pages that keep what they show in it (the dashboard). */
    public ExportMenu menu(SerializableSupplier<Table> table) {
        return menu(table, Exports::pageAddress);
    }

    private static String pageAddress() {
        UI ui = UI.getCurrent();
        return ui == null ? "" : "/" + ui.getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
