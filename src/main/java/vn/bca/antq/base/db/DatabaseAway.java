package vn.bca.antq.base.db;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Whether an error means the database cannot be reached (down, restarting, cut off), not that something is wrong
 * with the request: the pool gave up waiting for a connection, or a connection broke. Such errors get their own
 * message ("try again in a moment") instead of "an unexpected error", and one line in the log (the stack trace at
 * DEBUG: a pool that is full, not cut off, gives the same error); the pool opens new connections by itself once the
 * database answers again.
 */
public final class DatabaseAway {

    private DatabaseAway() {}

    public static boolean isCause(@Nullable Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
