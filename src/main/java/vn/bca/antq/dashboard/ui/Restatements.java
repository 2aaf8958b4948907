package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.PredecessorShare;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.indicator.Aggregation;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.Restatement;

/**
 * What a page on today's structure says about figures carried across the 2025 reform (docs/GEOGRAPHY.md): which old
 * provinces a new province's figures were summed from, which old units a new commune's figures come from and how,
 * how many commune figures are estimates, and what could not be placed in any commune.
 */
final class Restatements {

    private Restatements() {}

    /** Whether the year's figures of a unit of today's structure hold facts reported on the old structure. */
    static boolean carriesOldFigures(DashboardParameters parameters) {
        return parameters.structure() == Structure.CURRENT && parameters.year() <= Era.REFORM_DATE.getYear();
    }

    /**
     * "Số liệu năm 2020 của Tỉnh Ninh Bình được cộng nguyên vẹn từ các tỉnh cũ: Tỉnh Hà Nam, Tỉnh Nam Định, Tỉnh Ninh Bình.",
     * each a link to its page as reported (in 2025, the year of the reform, plain names: as reported it has the new provinces).
     */
    static Optional<Component> absorbedProvinces(
            Component host, AdministrativeUnits units, AdminUnit province, DashboardParameters parameters) {
        List<AdminUnit> old = units.predecessorsOf(province).stream()
                .map(s -> units.byId(s.getPredecessorId()).orElseThrow())
                .filter(u -> u.getLevel() == UnitLevel.PROVINCE)
                .sorted(AdministrativeUnits.BY_NAME)
                .toList();
        if (old.isEmpty() || !carriesOldFigures(parameters)) {
            return Optional.empty();
        }
        DashboardParameters reported = parameters.withStructure(Structure.REPORTED);
        boolean linked = parameters.year() < Era.REFORM_DATE.getYear(); // as reported, 2025 shows the new provinces
        Paragraph note = new Paragraph(host.getTranslation(
                        linked ? "restated.province" : "restated.province.first-half",
                        String.valueOf(parameters.year()),
                        province.getName())
                + " ");
        for (int i = 0; i < old.size(); i++) {
            AdminUnit unit = old.get(i);
            note.add(
                    linked
                            ? link(unit.getName(), UnitAddress.href(UnitAddress.province(unit.getCode()), reported))
                            : new Span(unit.getName()));
            note.add(new Span(i < old.size() - 1 ? ", " : "."));
        }
        note.setId("restated-from");
        note.addClassName("restated-note");
        return Optional.of(note);
    }

    /**
     * Under a new province's communes in a year with old figures: how many of the communes' figures are estimates, and
     * how much of the province's figure is in no commune (facts reported for an old district or province, or for an
     * old commune the crosswalk does not follow): counts compare their sums, rates the units assessed.
     */
    static List<Component> communes(Component host, Figure province, List<Figure> communes) {
        List<Component> notes = new ArrayList<>();
        long estimates = communes.stream().filter(Figure::estimate).count();
        if (estimates > 0) {
            notes.add(note(
                    host.getTranslation(
                            "restated.estimates",
                            FigureFormat.ESTIMATE_MARK,
                            Format.number(estimates),
                            Format.number(communes.size())),
                    "restated-estimates"));
        }
        Aggregation aggregation = province.indicator().aggregation();
        if (!province.hasData()
                || aggregation == Aggregation.NONE
                || province.indicator().restatement() != Restatement.APPORTIONED) {
            return notes;
        }
        Function<Figure, @Nullable Long> count =
                aggregation == Aggregation.RATIO ? Figure::denominator : Figure::numerator;
        long placed = communes.stream()
                .map(count)
                .filter(Objects::nonNull)
                .mapToLong(Long::longValue)
                .sum();
        Long whole = count.apply(province);
        if (whole != null && placed != whole) {
            notes.add(note(
                    host.getTranslation(
                            aggregation == Aggregation.RATIO ? "restated.unplaced.rate" : "restated.unplaced",
                            Format.number(placed),
                            Format.number(whole),
                            province.unit().getName()),
                    "restated-unplaced"));
        }
        return notes;
    }

    /** On a new commune's page: the old units its figures before the reform come from, split ones with their share. */
    static Optional<Component> predecessors(
            Component host, AdministrativeUnits units, AdminUnit commune, DashboardParameters parameters) {
        List<PredecessorShare> shares = units.sharesOf(commune);
        if (shares.isEmpty() || !carriesOldFigures(parameters)) {
            return Optional.empty();
        }
        List<String> names = shares.stream()
                .map(s -> s.exact()
                        ? s.predecessor().getName()
                        : host.getTranslation("restated.part", s.predecessor().getName(), String.valueOf(s.parts())))
                .toList();
        Paragraph note = new Paragraph(
                host.getTranslation("restated.commune", Format.date(Era.REFORM_DATE), String.join("; ", names)));
        if (shares.stream().anyMatch(s -> !s.exact())) {
            note.add(new Span(" " + host.getTranslation("restated.rule", FigureFormat.ESTIMATE_MARK)));
        }
        note.setId("restated-from");
        note.addClassName("restated-note");
        return Optional.of(note);
    }

    private static Paragraph note(String text, String id) {
        Paragraph note = new Paragraph(text);
        note.setId(id);
        note.addClassName("restated-note");
        return note;
    }

    private static Anchor link(String text, String href) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
