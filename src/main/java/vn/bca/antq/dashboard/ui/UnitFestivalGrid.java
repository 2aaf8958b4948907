package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.bca.antq.base.ui.Format;
import vn.bca.antq.festival.FestivalService.Site;

/** The festival sites of a unit in a year: site, commune, date, showcase level, attendance, central leaders, source. */
final class UnitFestivalGrid extends Grid<Site> {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    UnitFestivalGrid(List<Site> sites) {
        setId("festival-grid");
        addColumn(Site::siteName).setKey("site").setHeader(getTranslation("unit.festival.site"))
                .setComparator(Comparator.comparing(Site::siteName, VIETNAMESE)).setFlexGrow(2);
        addColumn(Site::communeName).setKey("commune").setHeader(getTranslation("unit.festival.commune"))
                .setComparator(Comparator.comparing(Site::communeName, VIETNAMESE));
        addColumn(s -> Format.date(s.heldOn())).setKey("date").setHeader(getTranslation("unit.festival.date"))
                .setComparator(Comparator.comparing(Site::heldOn));
        addColumn(s -> s.showcaseLevel() == null ? getTranslation("unit.none")
                : getTranslation("unit.showcase." + s.showcaseLevel().name()))
                .setKey("showcase").setHeader(getTranslation("unit.festival.showcase"))
                .setComparator(Comparator.comparing(Site::showcaseLevel, Comparator.nullsLast(Comparator.naturalOrder())));
        addColumn(s -> s.attendance() == null ? getTranslation("unit.none") : Format.number(s.attendance()))
                .setKey("attendance").setHeader(getTranslation("unit.festival.attendance"))
                .setComparator(Comparator.comparing(Site::attendance, Comparator.nullsFirst(Comparator.naturalOrder())));
        addColumn(s -> getTranslation(s.centralLeadersPresent() ? "unit.yes" : "unit.no"))
                .setKey("central-leaders").setHeader(getTranslation("unit.festival.central-leaders"))
                .setComparator(Comparator.comparing(Site::centralLeadersPresent));
        addColumn(s -> getTranslation("source." + s.sourceKind().name())).setKey("source")
                .setHeader(getTranslation("unit.festival.source")).setComparator(Comparator.comparing(Site::sourceKind));
        getColumns().forEach(c -> c.setResizable(true));
        setItems(sites);
    }
}
