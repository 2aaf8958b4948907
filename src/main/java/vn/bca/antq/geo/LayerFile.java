package vn.bca.antq.geo;

/**
 * A layer ready to send: compact TopoJSON, the same bytes gzipped once, and an entity tag of the content.
 * The arrays are never handed out for writing; callers only stream them.
 */
public final class LayerFile {

    private final byte[] json;
    private final byte[] gzip;
    private final String hash;
    private final int featureCount;

    LayerFile(byte[] json, byte[] gzip, String hash, int featureCount) {
        this.json = json;
        this.gzip = gzip;
        this.hash = hash;
        this.featureCount = featureCount;
    }

    public byte[] json() {
        return json;
    }

    public byte[] gzip() {
        return gzip;
    }

    /** A hash of the uncompressed content (hex), for entity tags. */
    public String hash() {
        return hash;
    }

    public int featureCount() {
        return featureCount;
    }
}
