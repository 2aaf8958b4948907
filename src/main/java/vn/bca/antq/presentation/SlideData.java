package vn.bca.antq.presentation;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.geo.MapLayer;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.monitoring.Target;

/** The figures one slide shows, computed when its snapshot was taken. */
public sealed interface SlideData extends Serializable {

    Slide slide();

    /** Map and ranking slides: every province's figure and the nation's, with the nation's target of the year. */
    record Provinces(Slide slide, Figure nation, @Nullable Target nationTarget, List<Figure> provinces, MapLayer layer)
            implements SlideData {}

    /** The nation's figure year by year. */
    record Trend(Slide slide, List<Figure> nation) implements SlideData {}

    /** The coverage categories this year and the year before, in the same order. */
    record Coverage(Slide slide, List<Figure> thisYear, List<Figure> previousYear) implements SlideData {}

    /** The festival day: national sites, those with central leaders, attendance, and each province's sites. */
    record Festival(
            Slide slide, Figure sites, Figure sitesWithCentralLeaders, Figure attendance, List<Figure> provinces)
            implements SlideData {}

    /**
     * One province: its figure (and target of the year) and the nation's, its rank among the provinces with data (1 = highest), its districts
     * or communes with the layer that draws them, and its trend with the nation's.
     */
    record Spotlight(
            Slide slide,
            AdminUnit province,
            Figure figure,
            @Nullable Target target,
            Figure nation,
            int rank,
            int ranked,
            List<Figure> children,
            MapLayer layer,
            List<Figure> trend,
            List<Figure> nationTrend)
            implements SlideData {}

    /** The provinces to watch, and the national figure whose sources the slide names. */
    record Watchlist(Slide slide, vn.bca.antq.monitoring.Watchlist watchlist, Figure headline) implements SlideData {}
}
