package vn.bca.antq.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.base.text.Sha256;

/** A presenter on one node leads screens on another through the shared database. */
@IntegrationTest
class PresentationRoomsTest {

    private static final String ROOM = "2026@map:COVERAGE_COMMUNES";

    @Autowired
    RoomBoard board;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Integer> followed = new ArrayList<>();

    @BeforeEach
    @AfterEach
    void clear() {
        jdbc.update("DELETE FROM presentation_room WHERE key_hash = ?", Sha256.hex(ROOM));
    }

    @Test
    void aScreenOnNodeBFollowsThePresenterOnNodeAAtTheNextSync() {
        PresentationRooms a = node();
        PresentationRooms b = node();
        a.lead(ROOM, "presenter");
        b.follow(ROOM, followed::add);

        a.show(ROOM, 3);
        assertThat(followed).as("before node B synchronises").isEmpty();
        b.sync();
        assertThat(followed).containsExactly(3);
        assertThat(b.isLed(ROOM)).isTrue();
        assertThat(b.position(ROOM)).contains(3);

        b.sync();
        assertThat(followed).as("the same slide is not sent again").containsExactly(3);
        a.show(ROOM, 4);
        b.sync();
        assertThat(followed).containsExactly(3, 4);
    }

    @Test
    void whenThePresenterLeavesTheScreensElsewhereMoveOnByThemselvesAgain() {
        PresentationRooms a = node();
        PresentationRooms b = node();
        Runnable leave = a.lead(ROOM, "presenter");
        b.follow(ROOM, followed::add);
        a.show(ROOM, 2);
        b.sync();
        assertThat(b.isLed(ROOM)).isTrue();

        leave.run();
        b.sync();
        assertThat(b.isLed(ROOM)).isFalse();
        assertThat(b.position(ROOM)).isEmpty();

        // meanwhile node b's screens moved on by themselves; the presenter comes back on the slide it left
        a.lead(ROOM, "presenter");
        a.show(ROOM, 2);
        b.sync();
        assertThat(followed)
                .as("the same slide again is news after the room was free")
                .containsExactly(2, 2);
        assertThat(b.isLed(ROOM)).isTrue();
    }

    @Test
    void aSlideTheBoardMissedIsPutRightAtTheNextSync() {
        PresentationRooms a = node();
        PresentationRooms b = node();
        a.lead(ROOM, "presenter");
        b.follow(ROOM, followed::add);
        a.show(ROOM, 5);
        // as if the database had been away when slide 5 was shown
        jdbc.update("UPDATE presentation_room SET position = 1 WHERE key_hash = ?", Sha256.hex(ROOM));

        a.sync();
        b.sync();
        assertThat(followed).containsExactly(5);
    }

    @Test
    void aPresentersNodeKeepsItsRoomLedAndANodeThatDiedLetsItGoAfterTheLease() {
        PresentationRooms a = node();
        PresentationRooms b = node();
        a.lead(ROOM, "presenter");
        b.follow(ROOM, followed::add);
        a.show(ROOM, 1);
        jdbc.update(
                "UPDATE presentation_room SET led_until = UTC_TIMESTAMP(3) + INTERVAL 1 SECOND WHERE key_hash = ?",
                Sha256.hex(ROOM));

        a.sync();
        assertThat(jdbc.queryForObject(
                        "SELECT led_until > UTC_TIMESTAMP(3) + INTERVAL 4 SECOND FROM presentation_room"
                                + " WHERE key_hash = ?",
                        Boolean.class,
                        Sha256.hex(ROOM)))
                .as("node A said its presenter is still there")
                .isTrue();

        // node A dies: nobody says it again, and the lease runs out
        jdbc.update(
                "UPDATE presentation_room SET led_until = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND WHERE key_hash = ?",
                Sha256.hex(ROOM));
        b.sync();
        assertThat(b.isLed(ROOM)).isFalse();
        assertThat(followed).isEmpty();
    }

    /** A node that shares the database and nothing else; its rooms synchronise when the test says so. */
    private PresentationRooms node() {
        return new PresentationRooms(board, new PresentationSettings(Duration.ZERO, Duration.ZERO));
    }
}
