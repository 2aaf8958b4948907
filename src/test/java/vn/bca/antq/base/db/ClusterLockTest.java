package vn.bca.antq.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.bca.antq.IntegrationTest;

/** A lock another node holds in the shared database keeps a job from running here, until it is freed or expires. */
@IntegrationTest
class ClusterLockTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Autowired
    ClusterLock locks;

    @Autowired
    JdbcTemplate jdbc;

    private final AtomicInteger runs = new AtomicInteger();

    /** Frees every lock (rows stay: ShedLock remembers which it created and only updates those). */
    @AfterEach
    void free() {
        jdbc.update("UPDATE shedlock SET lock_until = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND");
    }

    @Test
    void aJobRunsWhenNoNodeHoldsItsLockAndFreesItAfterwards() {
        assertThat(locks.runIfFree("probe", MINUTE, Duration.ZERO, runs::incrementAndGet))
                .contains(1);
        assertThat(locks.runIfFree("probe", MINUTE, Duration.ZERO, runs::incrementAndGet))
                .contains(2);
    }

    @Test
    void whileAnotherNodeHoldsTheLockTheJobDoesNotRunHere() {
        heldByAnotherNode("probe", "INTERVAL 1 MINUTE");
        assertThat(locks.runIfFree("probe", MINUTE, Duration.ZERO, runs::incrementAndGet))
                .isEmpty();
        assertThat(runs).hasValue(0);
    }

    @Test
    void aLockKeptAtLeastForAWhileStopsTheSecondNodesTimerFromRunningItAgain() {
        assertThat(locks.runIfFree("probe", MINUTE, MINUTE, runs::incrementAndGet))
                .contains(1);
        assertThat(locks.runIfFree("probe", MINUTE, MINUTE, runs::incrementAndGet))
                .isEmpty();
        assertThat(runs).hasValue(1);
    }

    @Test
    void theLockOfANodeThatDiedExpiresByItself() {
        heldByAnotherNode("probe", "INTERVAL -1 SECOND");
        assertThat(locks.runIfFree("probe", MINUTE, Duration.ZERO, runs::incrementAndGet))
                .contains(1);
    }

    @Test
    void aJobThatMustFollowAChangeWaitsForTheOtherNodeInsteadOfBeingDropped() {
        heldByAnotherNode("probe", "INTERVAL 1500000 MICROSECOND");
        long start = System.nanoTime();
        assertThat(locks.runWhenFree("probe", MINUTE, MINUTE, runs::incrementAndGet))
                .contains(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(900));
    }

    @Test
    void aJobThatWaitsGivesUpAfterItsPatience() {
        heldByAnotherNode("probe", "INTERVAL 1 MINUTE");
        assertThat(locks.runWhenFree("probe", MINUTE, Duration.ofMillis(600), runs::incrementAndGet))
                .isEmpty();
        assertThat(runs).hasValue(0);
    }

    private void heldByAnotherNode(String name, String remaining) {
        jdbc.update(
                "INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, UTC_TIMESTAMP(3) + "
                        + remaining
                        + ", UTC_TIMESTAMP(3), 'node-b') ON DUPLICATE KEY UPDATE lock_until = VALUES(lock_until),"
                        + " locked_at = VALUES(locked_at), locked_by = VALUES(locked_by)",
                name);
    }
}
