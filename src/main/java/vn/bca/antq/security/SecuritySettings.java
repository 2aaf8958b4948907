package vn.bca.antq.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The security settings (docs/SECURITY.md), validated at start-up.
 *
 * @param secureCookies        force the Secure flag on every cookie (it is set anyway on requests that came over HTTPS)
 * @param sessionLifetime      the longest a signed-in session lasts, active or not (besides the idle timeout)
 * @param screenSessionLifetime the longest a conference screen's session lasts before its token signs it in anew
 * @param screenTokenLifetime  how long a screen token works after it is created or rotated
 * @param initialAdminUsername the first ADMIN, created when the database has no account and demo data is off
 * @param initialAdminPassword its password, at least 12 characters, to be changed at first sign-in
 */
@ConfigurationProperties("antq.security")
public record SecuritySettings(
        @DefaultValue("false") boolean secureCookies,
        @DefaultValue("12h") Duration sessionLifetime,
        @DefaultValue("24h") Duration screenSessionLifetime,
        @DefaultValue("90d") Duration screenTokenLifetime,
        @DefaultValue("") String initialAdminUsername,
        @DefaultValue("") String initialAdminPassword) {

    public SecuritySettings {
        for (Duration lifetime : new Duration[] {sessionLifetime, screenSessionLifetime, screenTokenLifetime}) {
            if (lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("antq.security: lifetimes must be positive");
            }
        }
    }
}
