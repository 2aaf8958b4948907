package vn.bca.antq.geo;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /geo/{version}/{layer path}}: the layers of {@link GeoLayers}. The current version is cached for a year
 * as immutable; any other version still answers (an old page may ask) but must be revalidated by its entity tag.
 * The gzip bytes are made once per layer and sent to every client that accepts gzip.
 * Spring MVC's handler mapping runs before Vaadin's catch-all forwarding, so Vaadin never sees these paths.
 */
@RestController
class GeoController {

    private static final CacheControl IMMUTABLE =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final GeoLayers layers;

    GeoController(GeoLayers layers) {
        this.layers = layers;
    }

    @GetMapping("/" + GeoLayers.PREFIX + "/{version}/**")
    ResponseEntity<byte[]> layer(@PathVariable String version, HttpServletRequest request) {
        String prefix = request.getContextPath() + "/" + GeoLayers.PREFIX + "/" + version + "/";
        String path = request.getRequestURI().startsWith(prefix)
                ? request.getRequestURI().substring(prefix.length())
                : "";
        LayerFile file = MapLayer.parse(path).flatMap(layers::file).orElse(null);
        if (file == null) {
            return ResponseEntity.notFound().build();
        }
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String etag = "\"" + file.hash() + (gzip ? "-gz" : "") + "\"";
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setCacheControl(version.equals(layers.version()) ? IMMUTABLE : CacheControl.noCache());
        headers.setVary(java.util.List.of(HttpHeaders.ACCEPT_ENCODING));
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (gzip) {
            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        byte[] body = gzip ? file.gzip() : file.json();
        headers.setContentLength(body.length);
        return new ResponseEntity<>(body, headers, HttpStatus.OK);
    }

    private static boolean acceptsGzip(@Nullable String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.strip().split(";");
            if (coding[0].strip().equalsIgnoreCase("gzip")) {
                return coding.length < 2 || !coding[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }
}
