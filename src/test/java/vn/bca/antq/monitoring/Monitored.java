package vn.bca.antq.monitoring;

import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.bca.antq.security.Principals;
import vn.bca.antq.security.Role;

/** Helpers of the monitoring tests: acting as a role, and leaving no target or alert behind for other tests. */
public final class Monitored {

    static final String HUNG_YEN = "33";
    static final String HA_NOI = "01";

    private Monitored() {}

    static <T> T as(Role role, String provinceCode, Supplier<T> work) {
        return Principals.as(role, provinceCode, work);
    }

    static void run(Role role, String provinceCode, Runnable work) {
        as(role, provinceCode, () -> {
            work.run();
            return null;
        });
    }

    /** Removes every alert, rule setting, target and digest subscription the tests made. */
    public static void clear(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM alert_digest");
        jdbc.update("DELETE FROM alert");
        jdbc.update("DELETE FROM alert_rule");
        jdbc.update("DELETE FROM target_change");
        jdbc.update("DELETE FROM target");
    }
}
