package vn.bca.antq.monitoring.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.ExplainedException;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.geo.GeoLayers;
import vn.bca.antq.geo.MapLayer;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Quantity;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.monitoring.AlertText;
import vn.bca.antq.monitoring.Target;
import vn.bca.antq.monitoring.TargetBoard;
import vn.bca.antq.monitoring.TargetService;
import vn.bca.antq.monitoring.TargetStatus;
import vn.bca.antq.security.AccessScope;
import vn.bca.antq.security.Role;
import vn.bca.antq.security.SignedInUser;

/**
 * The targets of a year ({@code /targets?year=2026&province=33}): a grid of units × indicators, the nation and its
 * provinces or a province and its communes. Each cell holds the target (editable where the user may set it), last
 * year's value, the national target and today's progress.
 */
@Route("targets")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADERSHIP_NAME, Role.PROVINCE_OFFICER_NAME})
@Menu(order = 42, icon = "vaadin:crosshairs", title = "targets.menu")
@StyleSheet("monitoring.css")
class TargetsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(TargetsView.class);
    private static final String NATION = "nation";

    private final TargetService targets;
    private final AdministrativeUnits units;
    private final AccessScope access;
    private final Clock clock;
    private final H2 heading = new H2();
    private final Select<Integer> year = new Select<>();
    private final Select<String> scope = new Select<>();
    private final Paragraph help = new Paragraph();
    private final Grid<AdminUnit> grid = new Grid<>();
    private final Map<String, String> scopeNames = new LinkedHashMap<>();
    private final GeoLayers geo;
    private final Div progress = new Div();
    private @Nullable ProgressMap progressMap;
    private @Nullable TargetBoard board;

    TargetsView(TargetService targets, AdministrativeUnits units, AccessScope access, GeoLayers geo, Clock clock) {
        this.targets = targets;
        this.geo = geo;
        this.units = units;
        this.access = access;
        this.clock = clock;
        addClassName("targets");
        year.setId("targets-year");
        year.setLabel(getTranslation("targets.year"));
        year.setItems(
                IntStream.rangeClosed(Years.FIRST, Years.LAST).boxed().toList().reversed());
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(e.getValue(), scope.getValue());
            }
        });
        scope.setId("targets-scope");
        scope.setLabel(getTranslation("targets.province"));
        scopeNames.put(NATION, getTranslation("targets.nation-and-provinces"));
        for (AdminUnit province : units.all(Era.PROVINCES_34, UnitLevel.PROVINCE)) {
            if (access.mayReadDetailOf(province)) {
                scopeNames.put(province.getCode(), UiLanguage.current().pick(province.getName(), province.getNameEn()));
            }
        }
        scope.setItems(new ArrayList<>(scopeNames.keySet()));
        scope.setItemLabelGenerator(code -> scopeNames.getOrDefault(code, code));
        scope.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && year.getValue() != null) {
                navigate(year.getValue(), e.getValue());
            }
        });
        help.setId("targets-help");
        help.addClassName("targets-help");
        grid.setId("targets-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(u -> UiLanguage.current().pick(u.getName(), u.getNameEn()))
                .setKey("unit")
                .setHeader(getTranslation("targets.unit"))
                .setAutoWidth(true)
                .setFrozen(true);
        for (Indicator indicator : TargetService.INDICATORS) {
            grid.addComponentColumn(u -> cell(u, indicator))
                    .setKey(indicator.name())
                    .setHeader(indicator.name(UiLanguage.current()))
                    .setAutoWidth(true);
        }
        Div controls = new Div(year, scope);
        controls.addClassName("targets-controls");
        add(heading, controls, help, new ProgressLegend(), grid, progress);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        int shown = query.getSingleParameter("year")
                .filter(y -> y.matches("\\d{4}"))
                .map(Integer::parseInt)
                .filter(Years::covers)
                .orElse(Math.min(LocalDate.now(clock).getYear(), Years.LAST));
        String defaultScope = access.hasRole(Role.PROVINCE_OFFICER)
                ? access.user().map(SignedInUser::provinceCode).orElse(NATION)
                : NATION;
        String code = query.getSingleParameter("province")
                .filter(scopeNames::containsKey)
                .orElse(defaultScope);
        AdminUnit parent = NATION.equals(code)
                ? units.nation()
                : units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, code).orElse(units.nation());
        year.setValue(shown);
        scope.setValue(parent.getLevel() == UnitLevel.NATION ? NATION : parent.getCode());
        board = targets.board(shown, parent);
        heading.setText(
                parent.getLevel() == UnitLevel.NATION
                        ? getTranslation("targets.title", String.valueOf(shown))
                        : getTranslation(
                                "targets.title.province",
                                String.valueOf(shown),
                                UiLanguage.current().pick(parent.getName(), parent.getNameEn())));
        boolean editable = rows().stream().anyMatch(access::maySetTargetOf);
        help.setText(getTranslation(editable ? "targets.help" : "targets.help.readonly"));
        grid.setItems(rows());
        progress.removeAll();
        progressMap = new ProgressMap(
                board,
                geo.url(
                        parent.getLevel() == UnitLevel.NATION
                                ? MapLayer.provinces(Era.PROVINCES_34)
                                : MapLayer.communesOf(parent.getCode())));
        progress.add(progressMap);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – ANTQ";
    }

    private List<AdminUnit> rows() {
        if (board == null) {
            return List.of();
        }
        List<AdminUnit> rows = new ArrayList<>();
        rows.add(board.parent());
        rows.addAll(board.children());
        return rows;
    }

    private void navigate(int shownYear, @Nullable String code) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("year", String.valueOf(shownYear));
        if (code != null && !NATION.equals(code)) {
            parameters.put("province", code);
        }
        getUI().ifPresent(ui -> ui.navigate(TargetsView.class, QueryParameters.simple(parameters)));
    }

    private Div cell(AdminUnit unit, Indicator indicator) {
        TargetBoard shown = board;
        Div cell = new Div();
        cell.addClassName("target-cell");
        if (shown == null) {
            return cell;
        }
        TargetStatus status = shown.status(unit, indicator);
        Target target = status.target();
        if (access.maySetTargetOf(unit)) {
            TextField field = new TextField();
            field.setId("target-" + unit.getCode() + "-" + indicator.name());
            field.addClassName("target-field");
            field.setAriaLabel(indicator.name(UiLanguage.current()) + " – " + unit.getName());
            field.setValue(target == null ? "" : number(target.value()));
            field.setPlaceholder("—");
            if (indicator.quantity() == Quantity.PERCENT) {
                field.setSuffixComponent(new Span("%"));
            }
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save(field, unit, indicator, shown.year());
                }
            });
            cell.add(field);
        } else {
            Span value = new Span(target == null ? "—" : text(indicator, target.value()));
            value.addClassName("target-value");
            cell.add(value);
        }
        Span lastYear = new Span(
                status.lastYear() == null
                        ? getTranslation("targets.last-year.none", String.valueOf(shown.year() - 1))
                        : getTranslation(
                                "targets.last-year",
                                String.valueOf(shown.year() - 1),
                                text(indicator, status.lastYear())));
        lastYear.addClassName("target-note");
        cell.add(lastYear);
        Target national = shown.nationalTarget(indicator);
        if (national != null && unit.getLevel() != UnitLevel.NATION) {
            Span nation = new Span(getTranslation("targets.national", text(indicator, national.value())));
            nation.addClassName("target-note");
            cell.add(nation);
        }
        if (status.progress() != null) {
            cell.add(ProgressBadge.of(status.progress()));
        }
        return cell;
    }

    private void save(TextField field, AdminUnit unit, Indicator indicator, int shownYear) {
        BigDecimal value;
        try {
            value = TargetInput.parse(field.getValue());
        } catch (NumberFormatException e) {
            refuse(field, getTranslation("target.error.number", field.getValue()));
            return;
        }
        try {
            targets.set(indicator, unit, shownYear, value);
        } catch (ExplainedException e) {
            refuse(field, getTranslation(e.messageKey(), e.arguments()));
            return;
        } catch (AccessDeniedException e) {
            refuse(field, getTranslation("target.error.denied"));
            return;
        } catch (RuntimeException e) {
            log.error("Saving a target failed", e);
            refuse(field, getTranslation("target.error.denied"));
            return;
        }
        field.setInvalid(false);
        String unitName = UiLanguage.current().pick(unit.getName(), unit.getNameEn());
        String indicatorName = indicator.name(UiLanguage.current());
        Notification.show(
                        value == null
                                ? getTranslation("targets.removed", indicatorName, unitName)
                                : getTranslation("targets.saved", indicatorName, unitName, text(indicator, value)),
                        4_000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
        board = targets.board(
                shownYear, Optional.ofNullable(board).map(TargetBoard::parent).orElse(units.nation()));
        grid.getDataProvider().refreshItem(unit);
        if (progressMap != null && board != null) {
            progressMap.show(board);
        }
    }

    private static void refuse(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static String number(BigDecimal value) {
        return Format.number(value);
    }

    private static String text(Indicator indicator, BigDecimal value) {
        return AlertText.value(indicator, value);
    }
}
