package vn.bca.antq.geo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;

/**
 * Serves the boundary geometry to the browser's map: one small TopoJSON per {@link MapLayer}, cut from the shipped
 * files, with only {@code code} and {@code name} on each feature, the archipelago label points, a gzipped copy made
 * once, and a version in the URL that changes whenever the geometry or its served form changes (so a browser may keep
 * a layer forever). Loading geometry is separate from the figures drawn on it: the map gets those from its view.
 */
@Service
public class GeoLayers {

    /** Every layer is served below this path segment; security rules can permit it as one prefix. */
    public static final String PREFIX = "geo";
    /** Bump when the served form changes without the source files changing. */
    private static final String FORMAT = "2";

    private static final Pattern DISTRICT_PREFIX =
            Pattern.compile("^(Quận|Huyện|Thị xã|Thành phố)\\s+(?!\\d)", Pattern.CASE_INSENSITIVE);

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<MapLayer, Optional<LayerFile>> cache = new ConcurrentHashMap<>();
    private final String version;

    public GeoLayers() {
        this.version = computeVersion();
    }

    /** Changes with the content of every source file; part of each layer's URL. */
    public String version() {
        return version;
    }

    /** The layer's URL relative to the application root, e.g. {@code geo/1a2b3c4d5e6f/provinces-34.json}. */
    public String url(MapLayer layer) {
        return PREFIX + "/" + version + "/" + layer.path();
    }

    /** The layer, or empty when no such province exists in the layer's era. */
    public Optional<LayerFile> file(MapLayer layer) {
        Optional<LayerFile> file = cache.get(layer);
        if (file == null) {
            synchronized (this) {
                file = cache.get(layer);
                if (file == null) {
                    file = build(layer);
                    cache.put(layer, file);
                }
            }
        }
        return file;
    }

    /** Whether the layer has been cut already (a request for it is then served from memory). */
    boolean isCut(MapLayer layer) {
        return cache.containsKey(layer);
    }

    private Optional<LayerFile> build(MapLayer layer) {
        return switch (layer.level()) {
            case PROVINCE -> Optional.of(national(layer.era()));
            case DISTRICT -> districts(Objects.requireNonNull(layer.provinceCode(), "a province's districts"));
            case COMMUNE -> communes(Objects.requireNonNull(layer.provinceCode(), "a province's communes"));
            case NATION -> Optional.empty();
        };
    }

    private LayerFile national(Era era) {
        boolean old = era == Era.PROVINCES_63;
        BoundaryLayer source = old ? BoundaryLayer.PROVINCES_63 : BoundaryLayer.PROVINCES_34;
        String smaller = old ? "districts" : "communes";
        List<TopoJson.Label> labels = Arrays.stream(Archipelago.values())
                .map(a -> new TopoJson.Label(a.label(), smaller, old ? a.oldDistrictCode() : a.newCommuneCode()))
                .toList();
        Function<JsonNode, String> name =
                old ? p -> p.path("name_short").asString() : p -> p.path("name").asString();
        return encode(TopoJson.subset(read(source.resource()), source.topoObject(), g -> true, name, labels));
    }

    private Optional<LayerFile> districts(String provinceCode) {
        JsonNode topology = read(BoundaryLayer.DISTRICTS_705.resource());
        String object = BoundaryLayer.DISTRICTS_705.topoObject();
        if (TopoJson.geometries(topology, object).noneMatch(g -> inProvince(g, provinceCode))) {
            return Optional.empty();
        }
        List<TopoJson.Label> labels = Arrays.stream(Archipelago.values())
                .filter(a -> a.oldProvinceCode().equals(provinceCode))
                .map(a -> new TopoJson.Label(a.label(), object, a.oldDistrictCode()))
                .toList();
        return Optional.of(encode(TopoJson.subset(
                topology,
                object,
                g -> inProvince(g, provinceCode),
                p -> shortDistrictName(p.path("name").asString()),
                labels)));
    }

    private Optional<LayerFile> communes(String provinceCode) {
        String resource = BoundaryLayer.provinceCommunesResource(provinceCode);
        if (!new ClassPathResource(resource).exists()) {
            return Optional.empty();
        }
        List<TopoJson.Label> labels = Arrays.stream(Archipelago.values())
                .filter(a -> a.newProvinceCode().equals(provinceCode))
                .map(a -> new TopoJson.Label(a.label(), "communes", a.newCommuneCode()))
                .toList();
        return Optional.of(encode(TopoJson.subset(
                read(resource), "communes", g -> true, p -> p.path("name").asString(), labels)));
    }

    private static boolean inProvince(JsonNode geometry, String provinceCode) {
        return geometry.path("properties").path("province_code").asString().equals(provinceCode);
    }

    /** "Huyện Yên Thế" → "Yên Thế", but "Quận 1" stays: a label needs the short name, never a bare number. */
    static String shortDistrictName(String name) {
        return DISTRICT_PREFIX.matcher(name.strip()).replaceFirst("").strip();
    }

    private LayerFile encode(JsonNode topology) {
        byte[] bytes = json.writeValueAsBytes(topology);
        int count =
                topology.path("objects").path(TopoJson.UNITS).path("geometries").size();
        return new LayerFile(bytes, gzip(bytes), HexFormat.of().formatHex(sha256(bytes), 0, 8), count);
    }

    private JsonNode read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read boundary file " + resource, e);
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String computeVersion() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(FORMAT.getBytes());
            List<Resource> sources = new ArrayList<>();
            for (BoundaryLayer layer : BoundaryLayer.values()) {
                sources.add(new ClassPathResource(layer.resource()));
            }
            Resource[] communes =
                    new PathMatchingResourcePatternResolver().getResources("classpath:geo/communes_2025/*.topo.json");
            Arrays.sort(communes, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            sources.addAll(Arrays.asList(communes));
            for (Resource resource : sources.stream().distinct().toList()) {
                try (InputStream in = resource.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the boundary files", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The levels a layer can hold in each era; old-era communes have no geometry at all. */
    public static boolean hasGeometry(Era era, UnitLevel level) {
        return switch (level) {
            case PROVINCE -> true;
            case DISTRICT -> era == Era.PROVINCES_63;
            case COMMUNE -> era == Era.PROVINCES_34;
            case NATION -> false;
        };
    }
}
