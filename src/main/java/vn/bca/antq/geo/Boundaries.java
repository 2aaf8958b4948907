package vn.bca.antq.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads the shipped TopoJSON boundary files; every feature carries the official code of its unit. */
@Service
public class Boundaries {

    /** A feature's join key and the name the boundary source gave it (names are for reading, never for joining). */
    public record Feature(String code, String name) {}

    private final ObjectMapper json = new ObjectMapper();

    public List<Feature> features(BoundaryLayer layer) {
        return features(layer.resource(), layer.topoObject());
    }

    /** The detailed commune features of one new province, or empty if the province has no such file. */
    public Optional<List<Feature>> provinceCommunes(String newProvinceCode) {
        String resource = BoundaryLayer.provinceCommunesResource(newProvinceCode);
        return new ClassPathResource(resource).exists()
                ? Optional.of(features(resource, "communes"))
                : Optional.empty();
    }

    private List<Feature> features(String resource, String object) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            JsonNode geometries = json.readTree(in).path("objects").path(object).path("geometries");
            return StreamSupport.stream(geometries.spliterator(), false)
                    .map(g -> new Feature(
                            g.path("properties").path("code").asString(),
                            g.path("properties").path("name").asString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read boundary file " + resource, e);
        }
    }
}
