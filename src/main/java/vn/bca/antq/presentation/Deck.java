package vn.bca.antq.presentation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;

/**
 * A presentation's slides in showing order. A spotlight without provinces shows every province of the structure shown
 * (today's 34, or as reported 63 before the 2025 reform) in alphabetical order; provinces that do not exist in that
 * structure are listed in {@code unknownProvinces} and left out.
 */
public record Deck(Presentation presentation, List<Slide> slides, List<String> unknownProvinces)
        implements Serializable {

    public Deck {
        slides = List.copyOf(slides);
        unknownProvinces = List.copyOf(unknownProvinces);
    }

    public static Deck of(Presentation presentation, AdministrativeUnits units) {
        int year = presentation.year();
        Era era = presentation.structure().era(year);
        List<Slide> slides = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (SlideSpec spec : presentation.slides()) {
            if (spec.kind() != SlideKind.SPOTLIGHT) {
                slides.add(new Slide(spec.kind(), spec.indicator(), year, presentation.structure(), null));
                continue;
            }
            List<AdminUnit> provinces =
                    spec.provinces().isEmpty() ? units.all(era, UnitLevel.PROVINCE) : new ArrayList<>();
            for (String code : spec.provinces()) {
                units.find(era, UnitLevel.PROVINCE, code).ifPresentOrElse(provinces::add, () -> unknown.add(code));
            }
            provinces.forEach(p ->
                    slides.add(new Slide(SlideKind.SPOTLIGHT, spec.indicator(), year, presentation.structure(), p)));
        }
        return new Deck(presentation, slides, unknown);
    }

    public int size() {
        return slides.size();
    }

    public Slide get(int index) {
        return slides.get(index);
    }

    /** The position after {@code index}, back to the first after the last. */
    public int next(int index) {
        return size() == 0 ? 0 : Math.floorMod(index + 1, size());
    }

    /** The position before {@code index}, to the last before the first. */
    public int previous(int index) {
        return size() == 0 ? 0 : Math.floorMod(index - 1, size());
    }
}
