package vn.bca.antq.intake.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.export.Table;
import vn.bca.antq.export.ui.Exports;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.intake.Dataset;
import vn.bca.antq.intake.Submission;
import vn.bca.antq.intake.SubmissionService;
import vn.bca.antq.intake.SubmissionState;
import vn.bca.antq.security.Role;

/**
 * Which provinces have submitted and had approved each dataset of a year ({@code /intake/completeness?year=2025}),
 * on time or late against the reporting deadlines; each cell opens that submission.
 */
@Route("intake/completeness")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADERSHIP_NAME, Role.PROVINCE_OFFICER_NAME})
@Menu(order = 41, icon = "vaadin:tasks", title = "completeness.menu")
@StyleSheet("intake.css")
class CompletenessView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SubmissionService approval;
    private final List<AdminUnit> provinces;
    private final ZoneId zone;
    private final Clock clock;
    private final Select<Integer> year = new Select<>();
    private final H2 heading = new H2();
    private final UnorderedList summary = new UnorderedList();
    private final Grid<AdminUnit> grid = new Grid<>();
    private Map<String, Submission> byKey = Map.of();
    private int shown = Years.DEFAULT;

    CompletenessView(SubmissionService approval, AdministrativeUnits units, Exports exports, Clock clock) {
        this.approval = approval;
        this.provinces = units.all(Era.PROVINCES_34, UnitLevel.PROVINCE);
        this.zone = clock.getZone();
        this.clock = clock;
        addClassName("completeness");
        year.setId("completeness-year");
        year.setLabel(getTranslation("completeness.year"));
        year.setItems(
                IntStream.rangeClosed(Years.FIRST, Years.LAST).boxed().toList().reversed());
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui ->
                        ui.navigate(CompletenessView.class, QueryParameters.of("year", String.valueOf(e.getValue()))));
            }
        });
        summary.setId("completeness-summary");
        grid.setId("completeness-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> UiLanguage.current().pick(p.getName(), p.getNameEn()))
                .setKey("province")
                .setHeader(getTranslation("completeness.province"))
                .setAutoWidth(true)
                .setFrozen(true);
        for (Dataset dataset : Dataset.reported()) {
            grid.addComponentColumn(p -> cell(p, dataset))
                    .setKey(dataset.name())
                    .setHeader(dataset.name(UiLanguage.current()) + " · "
                            + getTranslation("intake.status.deadline", Format.date(dataset.deadline(shown))))
                    .setAutoWidth(true);
        }
        add(heading, new Div(year, exports.menu(this::table, () -> "submission progress " + shown)), summary, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        shown = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("year")
                .filter(y -> y.matches("\\d{4}"))
                .map(Integer::parseInt)
                .filter(Years::covers)
                .orElse(Years.DEFAULT);
        year.setValue(shown);
        heading.setText(getTranslation("completeness.title", String.valueOf(shown)));
        byKey = new LinkedHashMap<>();
        approval.completeness(shown).forEach(s -> byKey.put(s.provinceCode() + "/" + s.dataset(), s));
        LocalDate today = LocalDate.now(clock);
        summary.removeAll();
        for (Dataset dataset : Dataset.reported()) {
            List<Submission> all =
                    byKey.values().stream().filter(s -> s.dataset() == dataset).toList();
            long submitted =
                    all.stream().filter(s -> s.firstSubmittedAt() != null).count();
            long approved = all.stream().filter(s -> s.state().isApproved()).count();
            long late = all.stream().filter(s -> s.isLate(today)).count();
            summary.add(new ListItem(getTranslation(
                    "completeness.summary",
                    dataset.name(UiLanguage.current()),
                    String.valueOf(submitted),
                    String.valueOf(all.size()),
                    String.valueOf(approved),
                    String.valueOf(late))));
        }
        grid.getColumns().stream()
                .filter(c -> c.getKey() != null && !c.getKey().equals("province"))
                .forEach(c -> {
                    Dataset dataset = Dataset.valueOf(c.getKey());
                    c.setHeader(dataset.name(UiLanguage.current()) + " · "
                            + getTranslation("intake.status.deadline", Format.date(dataset.deadline(shown))));
                });
        grid.setItems(provinces);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("completeness.title", String.valueOf(shown)) + " – ANTQ";
    }

    private Div cell(AdminUnit province, Dataset dataset) {
        Submission submission = submission(province, dataset);
        String href = RouteConfiguration.forSessionScope().getUrl(IntakeView.class) + "?"
                + new IntakeAddress(province.getCode(), shown, dataset)
                        .parameters()
                        .getQueryString();
        Anchor link = new Anchor(href, StateBadge.of(this, submission.state()));
        Div cell = new Div(link);
        cell.addClassName("completeness-cell");
        if (submission.firstSubmittedAt() != null) {
            cell.add(new Span(getTranslation(
                    "completeness.submitted",
                    Format.date(submission.firstSubmittedAt().atZone(zone).toLocalDate()))));
        }
        if (submission.isLate(LocalDate.now(clock))) {
            Span late = new Span(getTranslation("completeness.late"));
            late.addClassName("intake-late");
            cell.add(late);
        }
        return cell;
    }

    private Submission submission(AdminUnit province, Dataset dataset) {
        Submission found = byKey.get(province.getCode() + "/" + dataset);
        return found != null
                ? found
                : new Submission(
                        null,
                        province.getCode(),
                        shown,
                        dataset,
                        SubmissionState.NONE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0);
    }

    /** The grid as a table: per province and dataset its state, first submission day and whether it was late. */
    Table table() {
        List<String> headers = new ArrayList<>(List.of(getTranslation("completeness.province")));
        for (Dataset dataset : Dataset.reported()) {
            String name = dataset.name(UiLanguage.current());
            headers.addAll(List.of(
                    name,
                    name + " – " + getTranslation("intake.history.time"),
                    name + " – " + getTranslation("completeness.late")));
        }
        LocalDate today = LocalDate.now(clock);
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (AdminUnit province : provinces) {
            List<@Nullable Object> row =
                    new ArrayList<>(List.of(UiLanguage.current().pick(province.getName(), province.getNameEn())));
            for (Dataset dataset : Dataset.reported()) {
                Submission s = submission(province, dataset);
                row.add(getTranslation("intake.state." + s.state().name()));
                row.add(
                        s.firstSubmittedAt() == null
                                ? null
                                : s.firstSubmittedAt().atZone(zone).toLocalDate());
                row.add(s.isLate(today) ? getTranslation("completeness.late") : "");
            }
            rows.add(row);
        }
        return new Table(getTranslation("completeness.export") + "-" + shown, headers, rows);
    }
}
