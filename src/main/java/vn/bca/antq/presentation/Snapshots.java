package vn.bca.antq.presentation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.bca.antq.base.text.Sha256;

/**
 * The snapshots screens show, kept in the database: a screen that reloads after a restart, or lands on another node of
 * a cluster, finds the same frozen figures, and the screens of a hall share one snapshot whichever node serves them.
 * Stored Java-serialised and gzipped, read back through a filter that admits the product's own classes and the JDK's
 * only. A snapshot an older version wrote and this one cannot read counts as none: a new one is taken. Snapshots
 * nobody refreshed for {@link #KEPT} are dropped.
 */
@Repository
class Snapshots {

    static final Duration KEPT = Duration.ofDays(90);

    private static final Logger log = LoggerFactory.getLogger(Snapshots.class);
    private static final ObjectInputFilter ONLY_OURS = ObjectInputFilter.Config.createFilter(
            "maxdepth=40;maxarray=1000000;maxrefs=5000000;vn.bca.antq.**;java.**;!*");

    private final JdbcTemplate jdbc;
    private final AtomicReference<@Nullable Instant> lastDropped = new AtomicReference<>();

    Snapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** When the stored snapshot of a presentation was taken, without reading it. */
    Optional<Instant> takenAt(String presentationKey) {
        return jdbc
                .query(
                        "SELECT taken_at FROM presentation_snapshot WHERE key_hash = ?",
                        (rs, row) -> rs.getTimestamp(1).toInstant(),
                        Sha256.hex(presentationKey))
                .stream()
                .findFirst();
    }

    Optional<Snapshot> find(String presentationKey) {
        return jdbc
                .query(
                        "SELECT body FROM presentation_snapshot WHERE key_hash = ?",
                        (rs, row) -> rs.getBytes(1),
                        Sha256.hex(presentationKey))
                .stream()
                .findFirst()
                .flatMap(Snapshots::read);
    }

    /**
     * Stores the presentation's snapshot in place of the one before. Storing is for the other nodes and the next
     * start; a screen shows its snapshot whether or not it was stored, so a failure (two screens or nodes storing the
     * same row at once can deadlock) is logged, not thrown: the next refresh stores it again.
     */
    void save(String presentationKey, Snapshot snapshot) {
        try {
            jdbc.update(
                    "INSERT INTO presentation_snapshot (key_hash, presentation_key, taken_at, body) VALUES (?, ?, ?, ?)"
                            // never back to an older one (a slow node's); in order: body compares the time before it is
                            // set
                            + " ON DUPLICATE KEY UPDATE body = IF(VALUES(taken_at) >= taken_at, VALUES(body), body),"
                            + " taken_at = GREATEST(taken_at, VALUES(taken_at))",
                    Sha256.hex(presentationKey),
                    presentationKey,
                    Timestamp.from(snapshot.takenAt()),
                    write(snapshot));
            dropOld(snapshot.takenAt());
        } catch (DataAccessException e) {
            log.warn("A presentation snapshot could not be stored (it is shown all the same): {}", e.toString());
        }
    }

    /** Drops the snapshots nobody refreshed for {@link #KEPT}, at most once an hour per node. */
    private void dropOld(Instant now) {
        Instant last = lastDropped.get();
        if ((last == null || last.isBefore(now.minus(Duration.ofHours(1)))) && lastDropped.compareAndSet(last, now)) {
            jdbc.update("DELETE FROM presentation_snapshot WHERE taken_at < ?", Timestamp.from(now.minus(KEPT)));
        }
    }

    private static byte[] write(Snapshot snapshot) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
            out.writeObject(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException("A snapshot could not be written", e);
        }
        return bytes.toByteArray();
    }

    private static Optional<Snapshot> read(byte[] body) {
        try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(new ByteArrayInputStream(body)))) {
            in.setObjectInputFilter(ONLY_OURS);
            return Optional.of((Snapshot) in.readObject());
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            log.info("A stored snapshot could not be read, a new one is taken: {}", e.toString());
            return Optional.empty();
        }
    }
}
