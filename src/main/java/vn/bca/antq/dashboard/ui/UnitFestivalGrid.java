package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.export.Table;
import vn.bca.antq.export.ui.GridTable;
import vn.bca.antq.festival.FestivalService.Site;

/** The festival sites of a unit in a year: site, commune, date, showcase level, attendance, central leaders, source. */
final class UnitFestivalGrid extends Grid<Site> {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private final GridTable<Site> export = new GridTable<>(this);

    UnitFestivalGrid(List<Site> sites) {
        setId("festival-grid");
        export.column(
                addColumn(Site::siteName)
                        .setKey("site")
                        .setHeader(getTranslation("unit.festival.site"))
                        .setComparator(Comparator.comparing(Site::siteName, VIETNAMESE))
                        .setFlexGrow(2),
                Site::siteName);
        export.column(
                addColumn(Site::communeName)
                        .setKey("commune")
                        .setHeader(getTranslation("unit.festival.commune"))
                        .setComparator(Comparator.comparing(Site::communeName, VIETNAMESE)),
                Site::communeName);
        export.column(
                addColumn(s -> Format.date(s.heldOn()))
                        .setKey("date")
                        .setHeader(getTranslation("unit.festival.date"))
                        .setComparator(Comparator.comparing(Site::heldOn)),
                Site::heldOn);
        export.column(
                addColumn(this::showcase)
                        .setKey("showcase")
                        .setHeader(getTranslation("unit.festival.showcase"))
                        .setComparator(Comparator.comparing(
                                Site::showcaseLevel, Comparator.nullsLast(Comparator.naturalOrder()))),
                s -> s.showcaseLevel() == null ? null : showcase(s));
        export.column(
                addColumn(s -> s.attendance() == null ? getTranslation("unit.none") : Format.number(s.attendance()))
                        .setKey("attendance")
                        .setHeader(getTranslation("unit.festival.attendance"))
                        .setComparator(Comparator.comparing(
                                Site::attendance, Comparator.nullsFirst(Comparator.naturalOrder()))),
                Site::attendance);
        export.column(
                addColumn(this::centralLeaders)
                        .setKey("central-leaders")
                        .setHeader(getTranslation("unit.festival.central-leaders"))
                        .setComparator(Comparator.comparing(Site::centralLeadersPresent)),
                this::centralLeaders);
        export.column(
                addColumn(this::source)
                        .setKey("source")
                        .setHeader(getTranslation("unit.festival.source"))
                        .setComparator(Comparator.comparing(Site::sourceKind)),
                this::source);
        getColumns().forEach(c -> c.setResizable(true));
        setItems(sites);
    }

    /** The sites as the grid shows them, in its current order. */
    Table table(String name) {
        return export.table(name);
    }

    private String showcase(Site site) {
        return site.showcaseLevel() == null
                ? getTranslation("unit.none")
                : getTranslation("unit.showcase." + site.showcaseLevel().name());
    }

    private String centralLeaders(Site site) {
        return getTranslation(site.centralLeadersPresent() ? "unit.yes" : "unit.no");
    }

    private String source(Site site) {
        return getTranslation("source." + site.sourceKind().name());
    }
}
