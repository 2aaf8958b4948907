package vn.bca.antq.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles sign-in attempts in the database (so every node of a cluster counts the same), per account name and
 * client address, and per address for any account: a few attempts are free, then each further one must wait a delay
 * that doubles, up to a cap. An attacker elsewhere can slow down only their own address, never lock a user out of
 * theirs, and a burst of guesses costs one password check per allowed attempt.
 * <p>
 * An attempt is counted <em>before</em> its password is checked, under the row's lock: twenty attempts sent at once
 * are serialised on the row, the first five are let through and the others refused without any check, so no count
 * is lost. A success clears the account's count for that address. Counts older than the window start again.
 */
@Component
public class SignInThrottle {

    /** Attempts per account and address before delays start. */
    static final int FREE_PER_ACCOUNT = 5;
    /** Attempts per address, for any accounts together, before delays start. */
    static final int FREE_PER_ADDRESS = 20;
    /** The first delay; each further failure doubles it. */
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);

    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    /** Failures older than this are forgotten. */
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** The key of an address's row for all accounts together; no account name maps to it. */
    private static final String ANY_ACCOUNT = "";
    /** The key of an address's row of rejected screen tokens. */
    private static final String SCREEN_TOKENS = "(screen tokens)";

    /** The outcome of asking to try: allowed, or refused until a time; and a burst to record in the audit log. */
    public record Decision(
            boolean allowed,
            @Nullable Instant retryAt,
            @Nullable Burst endedBurst,
            boolean burstStarts) {}

    /** Attempts refused while throttled, reported once when they end instead of once each. */
    public record Burst(String accountKey, int refused, Instant since) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SignInThrottle(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Counts an attempt of {@code username} from {@code address} if it may be made now. */
    public Decision attempt(String username, String address) {
        return attempt(address, new Limit(key(username), FREE_PER_ACCOUNT), new Limit(ANY_ACCOUNT, FREE_PER_ADDRESS));
    }

    /**
     * Counts an unknown, revoked or expired screen token from {@code address}. Tokens are never throttled themselves
     * (a valid one always signs its screen in, and 256 random bits cannot be guessed); this only decides whether the
     * refusal is audited one by one or as part of a burst.
     */
    public Decision rejectedScreenToken(String address) {
        return attempt(address, new Limit(SCREEN_TOKENS, FREE_PER_ADDRESS));
    }

    /** A row to count in, and the attempts it allows before delays start. */
    private record Limit(String key, int free) {}

    /**
     * The rows are created first, each in a statement of its own: inserting inside the locking transaction made
     * parallel attempts deadlock on InnoDB's insert-intention locks. The rows are then locked in the same order by
     * every attempt; a deadlock the database still reports is retried, and so is a row that a successful sign-in (or
     * the clean-up) deleted between its creation and its lock.
     */
    private Decision attempt(String address, Limit... limits) {
        return retried(() -> {
            for (Limit limit : limits) {
                jdbc.update(
                        "INSERT IGNORE INTO sign_in_throttle (account_key, address) VALUES (:key, :address)",
                        params(limit.key(), address));
            }
            return transactions.execute(status -> decide(address, limits));
        });
    }

    /** Runs {@code work} again (up to five times, a few ms later) when the database reports a deadlock or a row went missing. */
    private static <T> T retried(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (PessimisticLockingFailureException | RowGone e) {
                if (attempt == 5) {
                    throw e;
                }
                LockSupport.parkNanos(
                        ThreadLocalRandom.current().nextLong(1_000_000L, 10_000_000L * attempt)); // out of step
            }
        }
    }

    /** The row to lock was deleted after it was created: create it again and start over. */
    private static final class RowGone extends RuntimeException {
        RowGone() {
            super("sign_in_throttle row deleted before it was locked", null, false, false);
        }
    }

    private Decision decide(String address, Limit... limits) {
        Instant now = clock.instant();
        List<Row> rows = new ArrayList<>();
        for (Limit limit : limits) {
            rows.add(lock(limit.key(), address, limit.free(), now));
        }
        Row blocking = rows.stream()
                .filter(row -> row.blockedUntil() != null && row.blockedUntil().isAfter(now))
                .max(Comparator.comparing(Row::blockedUntil))
                .orElse(null);
        if (blocking != null) {
            jdbc.update("""
                            UPDATE sign_in_throttle SET refused = refused + 1, refused_since = COALESCE(refused_since, :now)
                            WHERE account_key = :key AND address = :address""", params(blocking.key(), address).addValue("now", Timestamp.from(now)));
            return new Decision(false, blocking.blockedUntil(), null, blocking.refused() == 0);
        }
        Burst ended = null;
        for (Row row : rows) {
            if (row.refused() > 0 && ended == null) {
                ended = new Burst(
                        row.key(),
                        row.refused(),
                        Objects.requireNonNull(row.refusedSince(), "a refusal has its start"));
            }
            jdbc.update("""
                            UPDATE sign_in_throttle SET failures = failures + 1, last_failure_at = :now, refused = 0, refused_since = NULL
                            WHERE account_key = :key AND address = :address""", params(row.key(), address).addValue("now", Timestamp.from(now)));
        }
        return new Decision(true, null, ended, false);
    }

    /**
     * The attempt was right: the account's count from this address starts again, and the address gets its attempt back.
     * The row is reset, not deleted: deleting it made parallel sign-ins of the account deadlock on its re-creation.
     */
    public void succeeded(String username, String address) {
        retried(() -> transactions.execute(status -> {
            jdbc.update(
                    "UPDATE sign_in_throttle SET failures = 0, refused = 0, refused_since = NULL WHERE account_key = :key AND address = :address",
                    params(key(username), address));
            return jdbc.update(
                    "UPDATE sign_in_throttle SET failures = GREATEST(failures - 1, 0) WHERE account_key = :key AND address = :address",
                    params(ANY_ACCOUNT, address));
        }));
    }

    /** Forgets counts whose window has passed (the rows of a burst still being refused stay). */
    @Transactional
    public int forgetOld() {
        return jdbc.update(
                "DELETE FROM sign_in_throttle WHERE (last_failure_at IS NULL OR last_failure_at < :before) AND refused = 0",
                new MapSqlParameterSource(
                        "before", Timestamp.from(clock.instant().minus(LONGEST_DELAY.plus(WINDOW)))));
    }

    /** The delay after {@code failures} counted attempts beyond {@code free}: none, then 30 s doubling up to 15 min. */
    static Duration delayAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 10);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /** The row of a key and address, locked until the transaction ends; its count starts again once the window has passed. */
    private Row lock(String key, String address, int free, Instant now) {
        Row row = jdbc
                .query(
                        """
                        SELECT failures, last_failure_at, refused, refused_since FROM sign_in_throttle
                        WHERE account_key = :key AND address = :address FOR UPDATE""",
                        params(key, address),
                        (rs, i) -> new Row(
                                key,
                                free,
                                rs.getInt(1),
                                instant(rs.getTimestamp(2)),
                                rs.getInt(3),
                                instant(rs.getTimestamp(4))))
                .stream()
                .findFirst()
                .orElseThrow(RowGone::new);
        Instant quietFrom = later(row.lastFailureAt(), row.blockedUntil());
        if (quietFrom != null && quietFrom.plus(WINDOW).isBefore(now) && row.refused() == 0) {
            jdbc.update(
                    "UPDATE sign_in_throttle SET failures = 0 WHERE account_key = :key AND address = :address",
                    params(key, address));
            return new Row(key, free, 0, null, 0, null);
        }
        return row;
    }

    private record Row(
            String key,
            int free,
            int failures,
            @Nullable Instant lastFailureAt,
            int refused,
            @Nullable Instant refusedSince) {
        @Nullable
        Instant blockedUntil() {
            Duration delay = delayAfter(failures, free);
            return lastFailureAt == null || delay.isZero() ? null : lastFailureAt.plus(delay);
        }
    }

    /** Account names are compared as the sign-in compares them; a name too long for the column is cut. */
    private static String key(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.isEmpty() ? "(blank)" : key.length() > 80 ? key.substring(0, 80) : key;
    }

    private static MapSqlParameterSource params(String key, String address) {
        return new MapSqlParameterSource("key", key)
                .addValue("address", address.length() > 64 ? address.substring(0, 64) : address);
    }

    private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
