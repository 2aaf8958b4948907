package vn.bca.antq.presentation;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.indicator.Indicator;

/**
 * One slide of a deck: a playlist entry made concrete (a spotlight on every province becomes one slide each), with
 * the year and the structure its figures are shown on.
 */
public record Slide(
        SlideKind kind,
        Indicator indicator,
        int year,
        Structure structure,
        @Nullable AdminUnit province) implements Serializable {

    /** The era whose provinces the slide shows. */
    public Era era() {
        return structure.era(year);
    }

    /** A year before the reform shown on today's structure: old provinces' figures summed into the new ones. */
    public boolean restated() {
        return structure == Structure.CURRENT && year < Era.REFORM_DATE.getYear();
    }
}
