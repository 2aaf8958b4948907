package vn.bca.antq.geo;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cuts one object of a quantised TopoJSON topology down to the geometries a layer needs and the arcs they use,
 * keeping arcs intact (so shared borders stay shared) and properties down to {@code code} and {@code name}.
 * The result has the object {@code units} and, when asked for, {@code labels}: points that name a feature which is
 * too small to see (the archipelagos), and {@code outlines}: that feature's own geometry, so the map can draw it
 * boldly even where it is only part of a larger unit (the islands inside a province).
 */
final class TopoJson {

    static final String UNITS = "units";
    static final String LABELS = "labels";
    static final String OUTLINES = "outlines";

    /** A label point placed at the middle of the bounding box of the feature {@code code} of {@code object}. */
    record Label(String text, String object, String code) {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TopoJson() {}

    static ObjectNode subset(
            JsonNode topology,
            String object,
            Predicate<JsonNode> keep,
            Function<JsonNode, String> name,
            List<Label> labels) {
        List<JsonNode> geometries = geometries(topology, object).filter(keep).toList();
        List<JsonNode> labelled = labels.stream()
                .map(label -> find(topology, label.object(), label.code())
                        .orElseThrow(() ->
                                new IllegalStateException("No feature " + label.code() + " in " + label.object())))
                .toList();
        BitSet used = new BitSet();
        geometries.forEach(g -> collectArcs(g.path("arcs"), used));
        labelled.forEach(g -> collectArcs(g.path("arcs"), used));
        int[] newIndex = new int[topology.path("arcs").size()];
        ArrayNode arcs = NODES.arrayNode();
        for (int i = used.nextSetBit(0), n = 0; i >= 0; i = used.nextSetBit(i + 1), n++) {
            newIndex[i] = n;
            arcs.add(topology.path("arcs").get(i));
        }

        ArrayNode units = NODES.arrayNode();
        for (JsonNode g : geometries) {
            ObjectNode out = units.addObject();
            out.put("type", g.path("type").asString());
            out.set("arcs", remap(g.path("arcs"), newIndex));
            ObjectNode properties = out.putObject("properties");
            properties.put("code", g.path("properties").path("code").asString());
            properties.put("name", name.apply(g.path("properties")));
        }

        ObjectNode result = NODES.objectNode();
        result.put("type", "Topology");
        result.set("transform", topology.path("transform"));
        ObjectNode objects = result.putObject("objects");
        objects.putObject(UNITS).put("type", "GeometryCollection").set("geometries", units);
        if (!labels.isEmpty()) {
            ArrayNode points = NODES.arrayNode();
            ArrayNode outlines = NODES.arrayNode();
            for (int i = 0; i < labels.size(); i++) {
                Label label = labels.get(i);
                JsonNode feature = labelled.get(i);
                ObjectNode point = points.addObject();
                point.put("type", "Point");
                point.set("coordinates", centre(topology, feature));
                point.putObject("properties").put("code", label.code()).put("name", label.text());
                ObjectNode outline = outlines.addObject();
                outline.put("type", feature.path("type").asString());
                outline.set("arcs", remap(feature.path("arcs"), newIndex));
                outline.putObject("properties").put("code", label.code()).put("name", label.text());
            }
            objects.putObject(LABELS).put("type", "GeometryCollection").set("geometries", points);
            objects.putObject(OUTLINES).put("type", "GeometryCollection").set("geometries", outlines);
        }
        result.set("arcs", arcs);
        return result;
    }

    static java.util.stream.Stream<JsonNode> geometries(JsonNode topology, String object) {
        return StreamSupport.stream(
                topology.path("objects").path(object).path("geometries").spliterator(), false);
    }

    private static Optional<JsonNode> find(JsonNode topology, String object, String code) {
        return geometries(topology, object)
                .filter(g -> g.path("properties").path("code").asString().equals(code))
                .findFirst();
    }

    /** Arc references nest by geometry type; a negative index {@code ~i} means arc i reversed. */
    private static void collectArcs(JsonNode arcs, BitSet used) {
        if (arcs.isNumber()) {
            int i = arcs.intValue();
            used.set(i >= 0 ? i : ~i);
        } else {
            arcs.forEach(a -> collectArcs(a, used));
        }
    }

    private static JsonNode remap(JsonNode arcs, int[] newIndex) {
        if (arcs.isNumber()) {
            int i = arcs.intValue();
            return NODES.numberNode(i >= 0 ? newIndex[i] : ~newIndex[~i]);
        }
        ArrayNode out = NODES.arrayNode();
        arcs.forEach(a -> out.add(remap(a, newIndex)));
        return out;
    }

    /** The middle of a feature's bounding box in the topology's quantised coordinates (what a Point holds). */
    private static ArrayNode centre(JsonNode topology, JsonNode feature) {
        BitSet used = new BitSet();
        collectArcs(feature.path("arcs"), used);
        long minX = Long.MAX_VALUE, minY = Long.MAX_VALUE, maxX = Long.MIN_VALUE, maxY = Long.MIN_VALUE;
        for (int i = used.nextSetBit(0); i >= 0; i = used.nextSetBit(i + 1)) {
            long x = 0, y = 0;
            for (JsonNode delta : topology.path("arcs").get(i)) {
                x += delta.get(0).longValue();
                y += delta.get(1).longValue();
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        ArrayNode point = NODES.arrayNode();
        point.add((minX + maxX) / 2);
        point.add((minY + maxY) / 2);
        return point;
    }

    /** Decodes the quantised point of a label back to longitude and latitude. */
    static double[] lonLat(JsonNode topology, JsonNode point) {
        JsonNode scale = topology.path("transform").path("scale");
        JsonNode translate = topology.path("transform").path("translate");
        JsonNode c = point.path("coordinates");
        return new double[] {
            c.get(0).doubleValue() * scale.get(0).doubleValue()
                    + translate.get(0).doubleValue(),
            c.get(1).doubleValue() * scale.get(1).doubleValue()
                    + translate.get(1).doubleValue()
        };
    }

    static List<String> codes(JsonNode topology, String object) {
        List<String> codes = new ArrayList<>();
        geometries(topology, object)
                .forEach(g -> codes.add(g.path("properties").path("code").asString()));
        return codes;
    }
}
