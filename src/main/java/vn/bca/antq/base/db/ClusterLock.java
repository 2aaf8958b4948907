package vn.bca.antq.base.db;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Named locks every node of a cluster sees, so that a job runs on one node at a time: a row per name in the table
 * {@code shedlock}, taken and released by ShedLock with the database's clock (nodes' clocks may differ). A lock held
 * by a node that died expires by itself after {@code atMostFor}.
 */
@Component
public class ClusterLock {

    private static final Duration RETRY = Duration.ofMillis(500);

    private final LockProvider locks;

    ClusterLock(DataSource dataSource) {
        this.locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    /**
     * Runs {@code job} unless another node holds the lock {@code name} now; keeps the lock at least {@code atLeastFor}
     * after it started, so that a node whose timer fires a little later does not run the same job again.
     */
    public <T> Optional<T> runIfFree(String name, Duration atMostFor, Duration atLeastFor, Supplier<T> job) {
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), name, atMostFor, atLeastFor));
        return lock.isPresent() ? Optional.ofNullable(runAndUnlock(lock.get(), job)) : Optional.empty();
    }

    /**
     * Runs {@code job} as soon as no other node holds the lock {@code name}, waiting at most {@code patience}: for work
     * that must happen after a change, but never on two nodes at once. Empty if the lock stayed taken.
     */
    public <T> Optional<T> runWhenFree(String name, Duration atMostFor, Duration patience, Supplier<T> job) {
        Instant giveUp = Instant.now().plus(patience);
        for (; ; ) {
            Optional<T> result = runIfFree(name, atMostFor, Duration.ZERO, job);
            if (result.isPresent() || Instant.now().isAfter(giveUp)) {
                return result;
            }
            try {
                Thread.sleep(RETRY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private static <T> T runAndUnlock(SimpleLock lock, Supplier<T> job) {
        try {
            return job.get();
        } finally {
            lock.unlock();
        }
    }
}
