package vn.bca.antq.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.ExplainedException;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.monitoring.Alert;
import vn.bca.antq.monitoring.AlertRule;
import vn.bca.antq.monitoring.AlertService;
import vn.bca.antq.monitoring.AlertText;
import vn.bca.antq.monitoring.DigestService;
import vn.bca.antq.monitoring.RuleSetting;
import vn.bca.antq.security.AccessScope;
import vn.bca.antq.security.Role;

/**
 * The alerts of a year within the user's scope ({@code /alerts?year=2026}): unit, rule, figure, situation, since when,
 * a link to the page that explains it, and acknowledgement with a comment. The ADMIN also switches the rules and sets
 * their thresholds here.
 */
@Route("alerts")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADERSHIP_NAME, Role.PROVINCE_OFFICER_NAME})
@Menu(order = 43, icon = "vaadin:bell", title = "alerts.menu")
@StyleSheet("monitoring.css")
class AlertsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(AlertsView.class);

    private final AlertService alerts;
    private final AdministrativeUnits units;
    private final AccessScope access;
    private final Clock clock;
    private final ZoneId zone;
    private final H2 heading = new H2();
    private final Select<Integer> year = new Select<>();
    private final Checkbox closedToo = new Checkbox();
    private final Paragraph summary = new Paragraph();
    private final Grid<Alert> grid = new Grid<>();
    private final Div rules = new Div();
    private int shown = Years.DEFAULT;

    AlertsView(AlertService alerts, DigestService digests, AdministrativeUnits units, AccessScope access, Clock clock) {
        this.alerts = alerts;
        this.units = units;
        this.access = access;
        this.clock = clock;
        this.zone = clock.getZone();
        addClassName("alerts");
        year.setId("alerts-year");
        year.setLabel(getTranslation("alerts.year"));
        year.setItems(
                IntStream.rangeClosed(Years.FIRST, Years.LAST).boxed().toList().reversed());
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(e.getValue(), closedToo.getValue());
            }
        });
        closedToo.setId("alerts-closed-too");
        closedToo.setLabel(getTranslation("alerts.closed-too"));
        closedToo.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate(shown, e.getValue());
            }
        });
        summary.setId("alerts-summary");
        grid.setId("alerts-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // a fixed height: only the rows in view are rendered (a ministry user sees every alert of the country); fixed
        // column widths: measuring the rows for automatic widths cost the browser a layout pass per column
        grid.setHeight("60vh");
        grid.setPageSize(30); // twice the rows in view: a smaller first answer than the default 50
        grid.addColumn(a -> unitName(a.unitId()))
                .setKey("unit")
                .setHeader(getTranslation("alerts.unit"))
                .setWidth("11rem")
                .setFlexGrow(0)
                .setFrozen(true);
        grid.addColumn(a -> AlertText.rule(a, UiLanguage.current()))
                .setKey("rule")
                .setHeader(getTranslation("alerts.rule"))
                .setWidth("12rem")
                .setFlexGrow(0);
        grid.addColumn(this::subject)
                .setKey("subject")
                .setHeader(getTranslation("alerts.subject"))
                .setWidth("12rem")
                .setFlexGrow(0);
        grid.addColumn(this::detail)
                .setKey("detail")
                .setHeader(getTranslation("alerts.detail"))
                .setWidth("12rem")
                .setFlexGrow(1);
        grid.addColumn(a -> Format.date(a.openedAt().atZone(zone).toLocalDate()))
                .setKey("since")
                .setHeader(getTranslation("alerts.since"))
                .setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addColumn(this::state)
                .setKey("state")
                .setHeader(getTranslation("alerts.state"))
                .setWidth("16rem")
                .setFlexGrow(2);
        grid.addColumn(actions()).setKey("actions").setWidth("8.5rem").setFlexGrow(0);
        Div controls = new Div(year, closedToo);
        controls.addClassName("alerts-controls");
        rules.setId("alert-rules");
        add(heading, controls, summary, grid, new DigestPanel(digests), rules);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        shown = query.getSingleParameter("year")
                .filter(y -> y.matches("\\d{4}"))
                .map(Integer::parseInt)
                .filter(Years::covers)
                .orElse(Math.min(LocalDate.now(clock).getYear(), Years.LAST));
        boolean withClosed =
                query.getSingleParameter("closed").map("true"::equals).orElse(false);
        year.setValue(shown);
        closedToo.setValue(withClosed);
        heading.setText(getTranslation("alerts.title", String.valueOf(shown)));
        show();
        rules.removeAll();
        if (access.mayConfigureAlerts()) {
            rules.add(new H3(getTranslation("alerts.rules")));
            alerts.rules().values().forEach(setting -> rules.add(ruleEditor(setting)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alerts.title", String.valueOf(shown)) + " – ANTQ";
    }

    private void show() {
        List<Alert> all = alerts.alerts(shown, closedToo.getValue());
        long open = all.stream().filter(Alert::isOpen).count();
        long unacknowledged =
                all.stream().filter(a -> a.isOpen() && !a.isAcknowledged()).count();
        summary.setText(
                all.isEmpty()
                        ? getTranslation("alerts.none")
                        : getTranslation("alerts.summary", Format.number(open), Format.number(unacknowledged)));
        grid.setItems(all);
    }

    private void navigate(int shownYear, boolean withClosed) {
        QueryParameters parameters = withClosed
                ? QueryParameters.simple(Map.of("year", String.valueOf(shownYear), "closed", "true"))
                : QueryParameters.simple(Map.of("year", String.valueOf(shownYear)));
        getUI().ifPresent(ui -> ui.navigate(AlertsView.class, parameters));
    }

    private String unitName(long unitId) {
        return units.byId(unitId)
                .map(u -> UiLanguage.current().pick(u.getName(), u.getNameEn()))
                .orElse("—");
    }

    private String subject(Alert alert) {
        return AlertText.subject(alert, UiLanguage.current());
    }

    private String detail(Alert alert) {
        return AlertText.detail(alert, UiLanguage.current());
    }

    /** Open or ended (when), and who acknowledged it, when, with what comment. */
    private String state(Alert alert) {
        Instant closedAt = alert.closedAt();
        String state = closedAt != null
                ? getTranslation(
                        "alerts.closed", Format.date(closedAt.atZone(zone).toLocalDate()))
                : getTranslation("alerts.open");
        Instant acknowledgedAt = alert.acknowledgedAt();
        return acknowledgedAt == null
                ? state
                : state + ". "
                        + getTranslation(
                                "alerts.acknowledged",
                                alert.acknowledgedBy(),
                                Format.dateTime(acknowledgedAt, zone),
                                alert.comment());
    }

    /**
     * A link to the page that explains the alert and, while it is open and unacknowledged, the button to acknowledge
     * it: a template filled in the browser, not components, as a ministry user's list holds hundreds of rows; a plain
     * button, not a web component per row.
     */
    private LitRenderer<Alert> actions() {
        String explain = getTranslation("alerts.explain");
        String acknowledge = getTranslation("alerts.acknowledge");
        return LitRenderer.<Alert>of("""
                        <a href="${item.explain}" router-link>${item.explainText}</a>
                        <button class="alerts-acknowledge" id="acknowledge-${item.id}" data-rule="${item.rule}"
                            data-alert="${item.key}" ?hidden="${item.done}" @click="${acknowledge}"
                            >${item.acknowledgeText}</button>""")
                .withProperty("explain", this::explanation)
                .withProperty("explainText", a -> explain)
                .withProperty("id", Alert::id)
                .withProperty("rule", a -> a.rule().name())
                .withProperty("key", this::key)
                .withProperty("done", a -> !a.isOpen() || a.isAcknowledged())
                .withProperty("acknowledgeText", a -> acknowledge)
                .withFunction("acknowledge", this::acknowledge);
    }

    /** The alert's unit code, indicator (or dataset) and rule: "08/FESTIVAL_SITES/AT_RISK". */
    private String key(Alert alert) {
        String code = units.byId(alert.unitId()).map(AdminUnit::getCode).orElse("");
        String what = alert.indicator() != null
                ? alert.indicator().name()
                : alert.dataset() != null ? alert.dataset().name() : "";
        return code + "/" + what + "/" + alert.rule().name();
    }

    /** The page that explains the alert: the unit's figures of the indicator, or the province's submission. */
    private String explanation(Alert alert) {
        AdminUnit unit = units.byId(alert.unitId()).orElse(units.nation());
        String year = "year=" + alert.year();
        if (alert.dataset() != null) {
            return "intake?province=" + unit.getCode() + "&" + year + "&dataset="
                    + alert.dataset().name();
        }
        String indicator = alert.indicator() == null
                ? ""
                : "&indicator=" + alert.indicator().name();
        return switch (unit.getLevel()) {
            case NATION -> "?" + year + indicator;
            case PROVINCE -> "province/" + unit.getCode() + "?" + year + indicator;
            case DISTRICT, COMMUNE ->
                units.ancestorAt(unit, UnitLevel.PROVINCE)
                        .map(p -> "province/" + p.getCode() + "/"
                                + unit.getLevel().name().toLowerCase(java.util.Locale.ROOT) + "/" + unit.getCode() + "?"
                                + year + indicator)
                        .orElse("?" + year);
        };
    }

    /** Opens the dialog that acknowledges the alert with a comment. */
    void acknowledge(Alert alert) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("alerts.acknowledge.title"));
        dialog.add(new Paragraph(
                unitName(alert.unitId()) + " – " + getTranslation(alert.rule().labelKey()) + ": " + detail(alert)));
        TextArea comment = new TextArea(getTranslation("alerts.acknowledge.comment"));
        comment.setId("acknowledge-comment");
        comment.setWidthFull();
        comment.setMaxLength(AlertService.MOST_COMMENT);
        dialog.add(comment);
        Button save = new Button(getTranslation("alerts.acknowledge.save"), e -> {
            try {
                alerts.acknowledge(alert.id(), comment.getValue());
            } catch (ExplainedException refused) {
                comment.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                comment.setInvalid(true);
                return;
            } catch (AccessDeniedException denied) {
                comment.setErrorMessage(getTranslation("target.error.denied"));
                comment.setInvalid(true);
                return;
            }
            dialog.close();
            Notification.show(getTranslation("alerts.acknowledged.done"), 4_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            // the same address again: the list and the bell in the title bar count anew
            navigate(shown, closedToo.getValue());
        });
        save.setId("acknowledge-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("alerts.acknowledge.cancel"), e -> dialog.close());
        // in the content, beside the comment (the browser test found no button placed in the dialog's footer)
        Div buttons = new Div(cancel, save);
        buttons.addClassName("alerts-controls");
        dialog.add(buttons);
        dialog.open();
    }

    private Div ruleEditor(RuleSetting setting) {
        AlertRule rule = setting.rule();
        Checkbox enabled = new Checkbox(getTranslation(rule.labelKey()), setting.enabled());
        enabled.setId("rule-enabled-" + rule.name());
        Div editor = new Div(enabled);
        editor.addClassName("alerts-controls");
        IntegerField threshold = new IntegerField(getTranslation("alerts.rules.threshold"));
        threshold.setId("rule-threshold-" + rule.name());
        threshold.setMin(0);
        if (rule.hasThreshold()) {
            threshold.setValue(
                    setting.threshold() == null ? null : setting.threshold().intValue());
            editor.add(threshold);
        }
        Button save = new Button(getTranslation("alerts.rules.save"), e -> {
            try {
                alerts.configure(
                        rule,
                        enabled.getValue(),
                        threshold.getValue() == null ? null : BigDecimal.valueOf(threshold.getValue()));
                Notification.show(getTranslation("alerts.rules.saved"), 4_000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.SUCCESS);
            } catch (ExplainedException refused) {
                threshold.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                threshold.setInvalid(true);
            } catch (RuntimeException failed) {
                log.error("Saving an alert rule failed", failed);
                threshold.setErrorMessage(getTranslation("target.error.denied"));
                threshold.setInvalid(true);
            }
        });
        save.setId("rule-save-" + rule.name());
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        editor.add(save);
        return editor;
    }
}
