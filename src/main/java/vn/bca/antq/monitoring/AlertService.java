package vn.bca.antq.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.security.AccessScope;
import vn.bca.antq.security.AuditService;

/**
 * The alerts a user may see (the ministry: all; an officer: its province and its units), acknowledging them, and the
 * ADMIN's settings of the rules. Reading never computes an alert: {@link AlertJob} does.
 */
@Service
@Transactional(readOnly = true)
public class AlertService {

    /** The longest comment kept with an acknowledgement. */
    public static final int MOST_COMMENT = 2000;

    private final Alerts alerts;
    private final TargetService targets;
    private final AdministrativeUnits units;
    private final AccessScope access;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AlertService(
            Alerts alerts,
            TargetService targets,
            AdministrativeUnits units,
            AccessScope access,
            AuditService audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.alerts = alerts;
        this.targets = targets;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The year's open alerts within the user's scope (with {@code closedToo}, also those closed since), newest first. */
    @PreAuthorize("@accessScope.readsFigures()")
    public List<Alert> alerts(int year, boolean closedToo) {
        return alerts.of(year, closedToo).stream().filter(this::visible).toList();
    }

    /** How many open alerts within the user's scope nobody has acknowledged yet (the bell in the header). */
    @PreAuthorize("@accessScope.readsFigures()")
    public int unacknowledged() {
        int count = 0;
        for (Map.Entry<Long, Integer> e : alerts.unacknowledgedByUnit().entrySet()) {
            if (units.byId(e.getKey()).filter(access::maySeeAlertsOf).isPresent()) {
                count += e.getValue();
            }
        }
        return count;
    }

    /** Acknowledges an open alert the user may see, with a comment (required), kept and audited. */
    @PreAuthorize("@accessScope.readsFigures()")
    @Transactional
    public void acknowledge(long alertId, String comment) {
        Alert alert = alerts.find(alertId).orElseThrow(() -> new MonitoringRefused("alert.error.notFound"));
        if (!visible(alert)) {
            throw new AccessDeniedException("alert " + alertId);
        }
        String text = comment.strip();
        if (text.isEmpty()) {
            throw new MonitoringRefused("alert.error.comment");
        }
        if (text.length() > MOST_COMMENT) {
            throw new MonitoringRefused("alert.error.commentLength", String.valueOf(MOST_COMMENT));
        }
        if (!alert.isOpen()) {
            throw new MonitoringRefused("alert.error.closed");
        }
        String by = access.username().orElseThrow();
        alerts.acknowledge(alertId, by, clock.instant(), text);
        audit.recordChange("alert " + alertId, alert.rule().name(), alert.comment(), text);
    }

    /**
     * The provinces to watch (for presentation mode, whose screens see no single alert): today's provinces with a
     * target at risk or behind or with open alerts about them or their units, most lagging targets first, then most
     * alerts; at most {@code most}.
     */
    @PreAuthorize("@accessScope.mayPresent()")
    public Watchlist watchlist(int year, int most) {
        TargetBoard board = targets.board(year, units.nation());
        Map<Long, Map<AlertRule, Integer>> byProvince = new HashMap<>();
        for (Alert alert : alerts.of(year, false)) {
            units.byId(alert.unitId())
                    .flatMap(u -> u.getLevel() == UnitLevel.PROVINCE
                            ? Optional.of(u)
                            : units.ancestorAt(u, UnitLevel.PROVINCE))
                    .ifPresent(p -> byProvince
                            .computeIfAbsent(p.getId(), id -> new EnumMap<>(AlertRule.class))
                            .merge(alert.rule(), 1, Integer::sum));
        }
        List<Watchlist.Entry> entries = new ArrayList<>();
        for (AdminUnit province : board.children()) {
            List<TargetStatus> lagging = TargetService.INDICATORS.stream()
                    .map(i -> board.status(province, i))
                    .filter(s -> s.progress() == Progress.AT_RISK || s.progress() == Progress.BEHIND)
                    .toList();
            Map<AlertRule, Integer> open = byProvince.getOrDefault(province.getId(), Map.of());
            if (!lagging.isEmpty() || !open.isEmpty()) {
                entries.add(new Watchlist.Entry(province, lagging, open));
            }
        }
        entries.sort(Comparator.comparingInt((Watchlist.Entry e) -> -e.lagging().size())
                .thenComparingInt(e -> -e.alertCount())
                .thenComparing(e -> e.province(), AdministrativeUnits.BY_NAME));
        return new Watchlist(year, List.copyOf(entries.subList(0, Math.min(most, entries.size()))));
    }

    @PreAuthorize("@accessScope.readsFigures()")
    public Map<AlertRule, RuleSetting> rules() {
        return alerts.rules();
    }

    /** Switches a rule on or off and sets its threshold (ADMIN); the alerts are computed again. */
    @PreAuthorize("@accessScope.mayConfigureAlerts()")
    @Transactional
    public void configure(AlertRule rule, boolean enabled, @Nullable BigDecimal threshold) {
        if (rule.hasThreshold() && (threshold == null || threshold.signum() < 0)) {
            throw new MonitoringRefused("alert.error.threshold");
        }
        RuleSetting before = alerts.rules().get(rule);
        RuleSetting after = new RuleSetting(rule, enabled, rule.hasThreshold() ? threshold : null);
        alerts.save(after);
        audit.recordChange("alert rule " + rule, rule.name(), String.valueOf(before), String.valueOf(after));
        events.publishEvent(
                new TargetsChanged(clock.instant().atZone(clock.getZone()).getYear()));
    }

    private boolean visible(Alert alert) {
        AdminUnit unit = units.byId(alert.unitId()).orElse(null);
        return access.maySeeAlertsOf(unit);
    }
}
