package vn.bca.antq.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.base.text.VietnameseText;
import vn.bca.antq.festival.FestivalSites;
import vn.bca.antq.festival.ShowcaseLevel;

/** Festival day sites of the year: one row per site (unit, name, day, showcase level, attendance, gifts). */
@Component
class FestivalRules implements DatasetRules {

    /** More than any festival budget reported: 10 billion VND at one site. */
    static final long MOST_GIFTS_VND = 10_000_000_000L;

    private final FestivalSites sites;

    FestivalRules(FestivalSites sites) {
        this.sites = sites;
    }

    @Override
    public Dataset dataset() {
        return Dataset.FESTIVAL;
    }

    @Override
    public void check(ImportRow row, Scope scope) {
        Dates.checkWithin(row, "held_on", scope);
        Long gifts = row.count("gifts_vnd");
        Long recipients = row.count("gift_recipients");
        if (recipients != null
                && recipients > 0
                && gifts == null
                && row.issuesOf("gifts_vnd").isEmpty()) {
            row.add(Issue.error("gifts_vnd", "intake.row.giftsMissing"));
        }
        Plausibility.checkAtMost(row, "attendance", Plausibility.MOST_AT_ONE_SITE);
        Plausibility.checkAtMost(row, "gift_recipients", Plausibility.MOST_AT_ONE_SITE);
        Plausibility.checkAtMost(row, "gifts_vnd", MOST_GIFTS_VND);
    }

    @Override
    public String key(ImportRow row) {
        Object name = row.value("site_name");
        return row.knownUnit().getId() + "|" + (name == null ? "" : VietnameseText.fold((String) name));
    }

    @Override
    public List<ImportRow> current(Scope scope) {
        Map<Long, AdminUnit> byId = scope.unitsById();
        List<ImportRow> rows = new ArrayList<>();
        for (FestivalSites.Site site : sites.heldIn(scope.unitIds(), scope.firstDay(), scope.lastDay())) {
            ImportRow row = Rows.of(Objects.requireNonNull(byId.get(site.unitId())));
            row.put("site_name", site.siteName());
            row.put("held_on", site.heldOn());
            putIfPresent(
                    row,
                    "showcase_level",
                    site.showcaseLevel() == null ? null : site.showcaseLevel().name());
            putIfPresent(row, "attendance", site.attendance());
            row.put("central_leaders_present", site.centralLeadersPresent());
            putIfPresent(row, "gifts_vnd", site.giftsVnd());
            putIfPresent(row, "gift_recipients", site.giftRecipients());
            rows.add(row);
        }
        return Rows.inUnitOrder(rows);
    }

    @Override
    public void replace(Scope scope, List<ImportRow> rows, long sourceId, long batchId) {
        List<FestivalSites.Site> stored = rows.stream()
                .map(row -> new FestivalSites.Site(
                        row.knownUnit().getId(),
                        (String) Objects.requireNonNull(row.value("site_name")),
                        (LocalDate) Objects.requireNonNull(row.value("held_on")),
                        row.value("showcase_level") instanceof String level ? ShowcaseLevel.valueOf(level) : null,
                        row.count("attendance"),
                        Boolean.TRUE.equals(row.value("central_leaders_present")),
                        row.count("gifts_vnd"),
                        row.count("gift_recipients")))
                .toList();
        sites.replace(scope.unitIds(), scope.firstDay(), scope.lastDay(), stored, sourceId, batchId);
    }

    private static void putIfPresent(ImportRow row, String column, @Nullable Object value) {
        if (value != null) {
            row.put(column, value);
        }
    }
}
