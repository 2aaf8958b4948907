package vn.bca.antq.report;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.bca.antq.geo.LayerFile;

/**
 * The geometry of a report's map in longitude/latitude, decoded from the TopoJSON layer the dashboard's map loads
 * (the same units, the same archipelago label points and outlines), so that the PDF draws exactly what the screen
 * shows.
 *
 * @param regions  the units, joined to figures by code
 * @param outlines the archipelagos' own shapes, drawn boldly (they are specks at this scale)
 * @param labels   the archipelagos' names at their centres
 */
public record ReportMap(List<Region> regions, List<Region> outlines, List<Label> labels) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A unit's polygons: rings of [longitude, latitude] points (holes are rings too; fill them even-odd). */
    public record Region(String code, String name, List<double[][]> rings) {}

    public record Label(String text, double lon, double lat) {}

    public static ReportMap of(LayerFile layer) {
        JsonNode topology = JSON.readTree(layer.json());
        JsonNode scale = topology.path("transform").path("scale");
        JsonNode translate = topology.path("transform").path("translate");
        Transform transform = new Transform(
                scale.get(0).doubleValue(),
                scale.get(1).doubleValue(),
                translate.get(0).doubleValue(),
                translate.get(1).doubleValue());
        List<double[][]> arcs = new ArrayList<>();
        topology.path("arcs").forEach(arc -> arcs.add(transform.decode(arc)));
        JsonNode objects = topology.path("objects");
        List<Label> labels = new ArrayList<>();
        objects.path("labels").path("geometries").forEach(point -> {
            JsonNode c = point.path("coordinates");
            labels.add(new Label(
                    point.path("properties").path("name").asString(),
                    transform.lon(c.get(0).doubleValue()),
                    transform.lat(c.get(1).doubleValue())));
        });
        return new ReportMap(regions(objects.path("units"), arcs), regions(objects.path("outlines"), arcs), labels);
    }

    public boolean isEmpty() {
        return regions.isEmpty();
    }

    private static List<Region> regions(JsonNode collection, List<double[][]> arcs) {
        List<Region> regions = new ArrayList<>();
        for (JsonNode geometry : collection.path("geometries")) {
            List<double[][]> rings = new ArrayList<>();
            switch (geometry.path("type").asString()) {
                case "Polygon" -> geometry.path("arcs").forEach(ring -> rings.add(ring(ring, arcs)));
                case "MultiPolygon" ->
                    geometry.path("arcs").forEach(polygon -> polygon.forEach(ring -> rings.add(ring(ring, arcs))));
                default -> {
                    continue;
                }
            }
            regions.add(new Region(
                    geometry.path("properties").path("code").asString(),
                    geometry.path("properties").path("name").asString(),
                    rings));
        }
        return regions;
    }

    /** A ring is a chain of arcs; {@code ~i} means arc i backwards. */
    private static double[][] ring(JsonNode arcIndexes, List<double[][]> arcs) {
        List<double[]> points = new ArrayList<>();
        for (JsonNode index : arcIndexes) {
            int i = index.intValue();
            double[][] arc = arcs.get(i >= 0 ? i : ~i);
            for (int k = 0; k < arc.length; k++) {
                points.add(i >= 0 ? arc[k] : arc[arc.length - 1 - k]);
            }
        }
        return points.toArray(double[][]::new);
    }

    /** TopoJSON's quantisation: arcs hold integer deltas, scaled and shifted back to degrees. */
    private record Transform(double scaleX, double scaleY, double translateX, double translateY) {

        double lon(double x) {
            return x * scaleX + translateX;
        }

        double lat(double y) {
            return y * scaleY + translateY;
        }

        double[][] decode(JsonNode arc) {
            double[][] points = new double[arc.size()][];
            long x = 0;
            long y = 0;
            for (int k = 0; k < arc.size(); k++) {
                x += arc.get(k).get(0).longValue();
                y += arc.get(k).get(1).longValue();
                points[k] = new double[] {lon(x), lat(y)};
            }
            return points;
        }
    }
}
