package vn.bca.antq.monitoring;

import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.bca.antq.security.Principals;
import vn.bca.antq.security.Role;

/** Helpers of the monitoring tests: acting as a role, and leaving no target or alert behind for other tests. */
final class Monitored {

    static final String HUNG_YEN = "33";
    static final String HA_NOI = "01";

    private Monitored() {}

    static <T> T as(Role role, String provinceCode, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                new Principals(role, role == Role.PROVINCE_OFFICER ? provinceCode : null).authentication());
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    static void run(Role role, String provinceCode, Runnable work) {
        as(role, provinceCode, () -> {
            work.run();
            return null;
        });
    }

    static void clear(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM alert");
        jdbc.update("DELETE FROM alert_rule");
        jdbc.update("DELETE FROM target_change");
        jdbc.update("DELETE FROM target");
    }
}
