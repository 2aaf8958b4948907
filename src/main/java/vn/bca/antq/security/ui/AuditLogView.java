package vn.bca.antq.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.export.ui.ExportMenu;
import vn.bca.antq.export.ui.Exports;
import vn.bca.antq.export.ui.GridTable;
import vn.bca.antq.security.AuditEntry;
import vn.bca.antq.security.AuditKind;
import vn.bca.antq.security.AuditService;
import vn.bca.antq.security.Role;

/** The audit log ({@code /admin/audit}, ADMIN only), read-only: filter by user, kind and dates, newest first. */
@Route("admin/audit")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 91, icon = "vaadin:file-text-o", title = "audit.menu")
class AuditLogView extends Main implements HasDynamicTitle {

    private final AuditService audit;
    private final TextField user = new TextField();
    private final Select<AuditKind> kind = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final GridTable<AuditEntry> export = new GridTable<>(grid);
    /** The filter of the rows shown, for the audit row of an export (the fields may have changed since). */
    private String shownFilter = "";

    AuditLogView(AuditService audit, Clock clock, Exports exports) {
        this.audit = audit;
        addClassName("audit-view");
        user.setId("audit-user");
        user.setLabel(getTranslation("audit.user"));
        user.setClearButtonVisible(true);
        kind.setId("audit-kind");
        kind.setLabel(getTranslation("audit.kind"));
        kind.setItems(AuditKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("audit.any-kind") : k.name());
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.to"));
        Button search = new Button(getTranslation("audit.search"), e -> search());
        search.setId("audit-search");
        Div filters = new Div(user, kind, from, to, search);
        filters.addClassName("audit-filters");
        grid.setId("audit-grid");
        column(e -> Format.dateTime(e.occurredAt(), clock.getZone()), "time", "audit.time")
                .setAutoWidth(true);
        column(AuditEntry::username, "user", "audit.user").setAutoWidth(true);
        column(e -> e.kind().name(), "kind", "audit.kind").setAutoWidth(true);
        column(AuditEntry::address, "address", "audit.address");
        column(AuditEntry::target, "target", "audit.target");
        column(AuditEntry::detail, "detail", "audit.detail");
        column(AuditEntry::before, "before", "audit.before");
        column(AuditEntry::after, "after", "audit.after");
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                e -> new Paragraph(Objects.toString(e.before(), "–") + " → " + Objects.toString(e.after(), "–"))));
        count.setId("audit-count");
        ExportMenu download = exports.menu(() -> export.table(getTranslation("audit.title")), () -> shownFilter);
        download.setId("audit-export");
        add(new H2(getTranslation("audit.title")), filters, count, download, grid);
        search();
    }

    /** A text column, exported as shown. */
    private Grid.Column<AuditEntry> column(Function<AuditEntry, @Nullable String> text, String key, String headerKey) {
        Function<AuditEntry, String> shown = e -> Objects.toString(text.apply(e), "");
        Grid.Column<AuditEntry> column =
                grid.addColumn(shown::apply).setKey(key).setHeader(getTranslation(headerKey));
        export.column(column, shown);
        return column;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " – ANTQ";
    }

    void search() {
        var rows = audit.search(user.getValue(), kind.getValue(), from.getValue(), to.getValue());
        shownFilter = "audit log; user=" + user.getValue().strip() + ", kind=" + Objects.toString(kind.getValue(), "")
                + ", from=" + Objects.toString(from.getValue(), "") + ", to=" + Objects.toString(to.getValue(), "");
        grid.setItems(rows);
        count.setText(getTranslation(
                rows.size() >= AuditService.MOST_ROWS ? "audit.count-limited" : "audit.count",
                String.valueOf(rows.size())));
    }
}
