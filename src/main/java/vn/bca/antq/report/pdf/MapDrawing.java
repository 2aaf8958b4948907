package vn.bca.antq.report.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfContentByte;
import vn.bca.antq.base.choropleth.ClassBreaks;
import vn.bca.antq.base.choropleth.Classification;
import vn.bca.antq.base.choropleth.ColourRamp;
import vn.bca.antq.base.choropleth.Legend;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.report.ReportMap;

/**
 * A choropleth drawn with PDF paths: the units coloured exactly as on the dashboard (rates in five equal intervals
 * of greens, counts in five quantiles of blues, see {@code FigureMaps}), units without data in grey, the
 * archipelagos outlined and named, and a legend underneath.
 */
final class MapDrawing {

    private static final Color NO_DATA = new Color(0xd9, 0xd9, 0xd9);
    private static final Color BORDER = Color.WHITE;
    private static final Color OUTLINE = new Color(0x25, 0x25, 0x25);
    private static final float LEGEND_ROW = 11;
    /** Units are named on the map when there are few enough to read (the districts of an old province). */
    private static final int MOST_NAMED = 16;

    private final ReportDocument pdf;
    private final ReportMap map;
    private final Map<String, Figure> figures = new HashMap<>();
    private final Classification classes;
    private final boolean percent;

    MapDrawing(ReportDocument pdf, ReportMap map, List<Figure> figures) {
        this.pdf = pdf;
        this.map = map;
        figures.forEach(f -> this.figures.put(f.unit().getCode(), f));
        percent = !figures.isEmpty() && FigureFormat.isPercent(figures.getFirst());
        List<@Nullable Double> values =
                figures.stream().map(FigureFormat::number).toList();
        classes = percent
                ? ClassBreaks.equalIntervals(values, 5, ColourRamp.GREENS)
                : ClassBreaks.quantiles(values, 5, ColourRamp.BLUES);
    }

    /** The height of the legend below a map of any size. */
    float legendHeight() {
        return LEGEND_ROW * (classes.classes() + 2) + 4;
    }

    void draw(PdfContentByte canvas, float width, float height, String legendTitle) {
        float mapHeight = height - legendHeight();
        Projection projection = Projection.fit(map, width, mapHeight, legendHeight());
        canvas.setLineWidth(0.3f);
        canvas.setColorStroke(BORDER);
        for (ReportMap.Region region : map.regions()) {
            Figure figure = figures.get(region.code());
            String fill = figure == null ? null : classes.colourOf(FigureFormat.number(figure));
            canvas.setColorFill(fill == null ? NO_DATA : Color.decode(fill));
            path(canvas, projection, region);
            canvas.eoFillStroke();
        }
        canvas.setLineWidth(0.9f);
        canvas.setColorStroke(OUTLINE);
        for (ReportMap.Region outline : map.outlines()) {
            path(canvas, projection, outline);
            canvas.stroke();
        }
        if (map.regions().size() <= MOST_NAMED) {
            map.regions().forEach(region -> name(canvas, projection, region, width));
        }
        for (ReportMap.Label label : map.labels()) {
            writeInside(
                    canvas,
                    label.text(),
                    projection.point(label.lon(), label.lat())[0],
                    below(projection, label),
                    width,
                    6.5f);
        }
        legend(canvas, legendTitle);
    }

    private static void path(PdfContentByte canvas, Projection projection, ReportMap.Region region) {
        for (double[][] ring : region.rings()) {
            for (int k = 0; k < ring.length; k++) {
                float[] p = projection.point(ring[k][0], ring[k][1]);
                if (k == 0) {
                    canvas.moveTo(p[0], p[1]);
                } else {
                    canvas.lineTo(p[0], p[1]);
                }
            }
            canvas.closePath();
        }
    }

    /** Under the archipelago's islands (its outline carries the label's text), so that the name covers none of them. */
    private float below(Projection projection, ReportMap.Label label) {
        List<double[][]> rings = map.outlines().stream()
                .filter(o -> o.name().equals(label.text()))
                .flatMap(o -> o.rings().stream())
                .toList();
        double south = rings.isEmpty() ? label.lat() : Projection.bounds(rings)[1];
        return projection.point(label.lon(), south)[1] - 9;
    }

    /** The unit's short name at the middle of its largest ring's bounding box. */
    private void name(PdfContentByte canvas, Projection projection, ReportMap.Region region, float width) {
        double[][] largest = region.rings().stream()
                .max((a, b) -> Integer.compare(a.length, b.length))
                .orElse(null);
        if (largest == null) {
            return;
        }
        double[] box = Projection.bounds(List.<double[][]>of(largest));
        float[] at = projection.point((box[0] + box[2]) / 2, (box[1] + box[3]) / 2);
        writeInside(canvas, region.name(), at[0], at[1] - 2, width, 6);
    }

    /** Centred on x, moved in so that it never runs off the drawing. */
    private void writeInside(PdfContentByte canvas, String text, float x, float y, float width, float size) {
        float half = pdf.regular.getWidthPoint(ReportDocument.nfc(text), size) / 2;
        float centre = Math.max(half, Math.min(width - half, x));
        ReportDocument.write(canvas, pdf.regular, size, OUTLINE, text, centre, y, Element.ALIGN_CENTER);
    }

    private void legend(PdfContentByte canvas, String title) {
        Legend legend = classes.legend(title, percent ? 1 : 0, percent ? "%" : "");
        float y = legendHeight() - LEGEND_ROW;
        ReportDocument.write(canvas, pdf.bold, 7.5f, ReportDocument.TEXT, title, 0, y, Element.ALIGN_LEFT);
        for (Legend.Entry entry : legend.entries()) {
            y -= LEGEND_ROW;
            swatch(canvas, Color.decode(entry.colour()), entry.label(), y);
        }
        swatch(canvas, NO_DATA, pdf.text.get("report.no-data"), y - LEGEND_ROW);
    }

    private void swatch(PdfContentByte canvas, Color colour, String label, float y) {
        canvas.setColorFill(colour);
        canvas.setColorStroke(ReportDocument.RULE);
        canvas.setLineWidth(0.4f);
        canvas.rectangle(0, y - 1, 16, 8);
        canvas.fillStroke();
        ReportDocument.write(canvas, pdf.regular, 7, ReportDocument.TEXT, label, 22, y, Element.ALIGN_LEFT);
    }

    /**
     * Longitude and latitude to points of the drawing: equirectangular with the longitude shrunk by the cosine of the
     * middle latitude (right shapes at Vietnam's latitudes), fitted and centred in the box above the legend.
     */
    private record Projection(double west, double south, double kx, double scale, float left, float bottom) {

        static Projection fit(ReportMap map, float width, float height, float bottom) {
            List<double[][]> rings = new ArrayList<>();
            map.regions().forEach(r -> rings.addAll(r.rings()));
            map.outlines().forEach(r -> rings.addAll(r.rings()));
            map.labels().forEach(l -> rings.add(new double[][] {{l.lon(), l.lat()}}));
            double[] box = bounds(rings);
            double kx = Math.cos(Math.toRadians((box[1] + box[3]) / 2));
            double spanX = Math.max((box[2] - box[0]) * kx, 1e-9);
            double spanY = Math.max(box[3] - box[1], 1e-9);
            double scale = Math.min(width / spanX, (height - 12) / spanY);
            float left = (float) ((width - spanX * scale) / 2);
            float top = (float) ((height - 12 - spanY * scale) / 2);
            return new Projection(box[0], box[1], kx, scale, left, bottom + 12 + top);
        }

        /** west, south, east, north of the points (0, 0, 1, 1 when there are none). */
        static double[] bounds(List<double[][]> rings) {
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (double[][] ring : rings) {
                for (double[] p : ring) {
                    box[0] = Math.min(box[0], p[0]);
                    box[1] = Math.min(box[1], p[1]);
                    box[2] = Math.max(box[2], p[0]);
                    box[3] = Math.max(box[3], p[1]);
                }
            }
            return box[0] > box[2] ? new double[] {0, 0, 1, 1} : box;
        }

        float[] point(double lon, double lat) {
            return new float[] {(float) (left + (lon - west) * kx * scale), (float) (bottom + (lat - south) * scale)};
        }
    }
}
