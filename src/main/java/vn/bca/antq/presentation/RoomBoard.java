package vn.bca.antq.presentation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.bca.antq.base.text.Sha256;

/**
 * The presentation rooms as the database holds them for every node: which slide a room's presenter shows, since
 * when, and until when the presenter counts as there. A presenter's node says so again every second; a node that
 * dies stops saying it, and its screens' rooms fall free after {@link #LEASE}. Times are the database's own.
 */
@Repository
class RoomBoard {

    /** How long a presenter counts as there after its node last said so. */
    static final Duration LEASE = Duration.ofSeconds(5);

    /** What the board says of a room: the slide shown, when it was shown, and whether a presenter still leads it. */
    record Room(int position, Instant movedAt, boolean led) {}

    private final NamedParameterJdbcTemplate jdbc;

    RoomBoard(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A presenter shows {@code position} in the room {@code key}. */
    void moved(String key, int position) {
        jdbc.update(
                "INSERT INTO presentation_room (key_hash, position, moved_at, led_until)"
                        + " VALUES (:hash, :position, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) + INTERVAL :lease SECOND)"
                        + " ON DUPLICATE KEY UPDATE position = VALUES(position), moved_at = VALUES(moved_at),"
                        + " led_until = VALUES(led_until)",
                new MapSqlParameterSource("hash", Sha256.hex(key))
                        .addValue("position", position)
                        .addValue("lease", LEASE.toSeconds()));
    }

    /**
     * This node's presenters of these rooms (with the slides they show) are still there: the lease goes on, and a
     * slide the board missed (the database was away when it was shown) is put right; a slide it has keeps its time.
     */
    void stillLeading(Map<String, Integer> positions) {
        positions.forEach((key, position) -> jdbc.update(
                "INSERT INTO presentation_room (key_hash, position, moved_at, led_until)"
                        + " VALUES (:hash, :position, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) + INTERVAL :lease SECOND)"
                        // in order: moved_at compares the position before it is set
                        + " ON DUPLICATE KEY UPDATE moved_at = IF(position <> VALUES(position), VALUES(moved_at), moved_at),"
                        + " position = VALUES(position), led_until = VALUES(led_until)",
                new MapSqlParameterSource("hash", Sha256.hex(key))
                        .addValue("position", position)
                        .addValue("lease", LEASE.toSeconds())));
    }

    /** The last presenter of the room on this node has left: the room is free at once, not after the lease. */
    void released(String key) {
        jdbc.update(
                "UPDATE presentation_room SET led_until = UTC_TIMESTAMP(3) WHERE key_hash = :hash",
                new MapSqlParameterSource("hash", Sha256.hex(key)));
    }

    /** The rooms among {@code keys} that the board knows, by key. */
    Map<String, Room> rooms(Collection<String> keys) {
        Map<String, Room> rooms = new HashMap<>();
        if (keys.isEmpty()) {
            return rooms;
        }
        Map<String, String> byHash = new HashMap<>();
        keys.forEach(key -> byHash.put(Sha256.hex(key), key));
        jdbc.query(
                "SELECT key_hash, position, moved_at, led_until > UTC_TIMESTAMP(3) AS led FROM presentation_room"
                        + " WHERE key_hash IN (:hashes)",
                new MapSqlParameterSource("hashes", List.copyOf(byHash.keySet())),
                rs -> {
                    Timestamp movedAt = rs.getTimestamp("moved_at");
                    rooms.put(
                            byHash.get(rs.getString("key_hash")),
                            new Room(rs.getInt("position"), movedAt.toInstant(), rs.getBoolean("led")));
                });
        return rooms;
    }
}
