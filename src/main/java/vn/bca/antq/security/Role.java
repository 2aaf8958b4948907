package vn.bca.antq.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The roles of the issue: ADMIN (accounts, playlists, everything), LEADERSHIP (the ministry: reads everything
 * nationwide), PROVINCE_OFFICER (one province in full detail, the others at province level), PRESENTER (a conference
 * screen: presentation mode only, read-only).
 */
public enum Role {
    ADMIN,
    LEADERSHIP,
    PROVINCE_OFFICER,
    PRESENTER;

    /** Names for {@code @RolesAllowed}, which must be compile-time constants. */
    public static final String ADMIN_NAME = "ADMIN";

    public static final String LEADERSHIP_NAME = "LEADERSHIP";
    public static final String PROVINCE_OFFICER_NAME = "PROVINCE_OFFICER";
    public static final String PRESENTER_NAME = "PRESENTER";

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }

    public String labelKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
