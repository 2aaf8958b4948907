package vn.bca.antq.security;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.admin.UnitSuccession;

/**
 * The one place that decides what the signed-in user may read. Services call it from their {@code @PreAuthorize}
 * expressions ({@code @accessScope.mayRead(#unit)}), views may ask it too; nothing else decides.
 *
 * <ul>
 * <li>ADMIN and LEADERSHIP read everything nationwide.</li>
 * <li>PRESENTER reads figures of any unit (a conference deck spotlights any province down to its communes) but no
 * lists of sites or models, and only through presentation mode.</li>
 * <li>PROVINCE_OFFICER reads the nation and every province at province level (for comparison), and in full detail
 * (districts, communes, lists of sites) only its own province and the old provinces it succeeded.</li>
 * </ul>
 */
@Component("accessScope")
public class AccessScope {

    private final AdministrativeUnits units;

    AccessScope(AdministrativeUnits units) {
        this.units = units;
    }

    /** The signed-in account or screen, if the session has one of ours. */
    public Optional<SignedInUser> user() {
        Authentication authentication = authentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user)
                : Optional.empty();
    }

    /** The name of whoever is signed in. */
    public Optional<String> username() {
        Authentication authentication = authentication();
        return authentication == null ? Optional.empty() : Optional.of(authentication.getName());
    }

    /** The role of the current authentication (from its authorities, so test users without our principal count too). */
    public Optional<Role> role() {
        Authentication authentication = authentication();
        if (authentication == null) {
            return Optional.empty();
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (Objects.equals(role.authority().getAuthority(), authority.getAuthority())) {
                    return Optional.of(role);
                }
            }
        }
        return Optional.empty();
    }

    public boolean hasRole(Role role) {
        return role().orElse(null) == role;
    }

    /** ADMIN and LEADERSHIP: every unit in every detail. */
    public boolean readsEverything() {
        Role role = role().orElse(null);
        return role == Role.ADMIN || role == Role.LEADERSHIP;
    }

    /** Any role that reads figures at all (every role does; anonymous users do not). */
    public boolean readsFigures() {
        return role().isPresent();
    }

    /** Figures of one unit: the nation and any province for every role, lower units within the officer's territory. */
    public boolean mayRead(@Nullable AdminUnit unit) {
        if (unit == null || !readsFigures()) {
            return false;
        }
        if (readsEverything()
                || hasRole(Role.PRESENTER)
                || unit.getLevel() == UnitLevel.NATION
                || unit.getLevel() == UnitLevel.PROVINCE) {
            return true;
        }
        return isInTerritory(unit);
    }

    /** Full detail of a unit: its districts and communes, its lists of sites. Own territory only for an officer. */
    public boolean mayReadDetailOf(@Nullable AdminUnit unit) {
        if (unit == null || !readsFigures()) {
            return false;
        }
        return readsEverything() || hasRole(Role.PRESENTER) || isInTerritory(unit);
    }

    /** Every unit of a level nationwide: provinces for everybody, districts or communes of the whole country not for officers. */
    public boolean mayReadLevel(@Nullable UnitLevel level) {
        if (level == null || !readsFigures()) {
            return false;
        }
        return level == UnitLevel.NATION || level == UnitLevel.PROVINCE || readsEverything() || hasRole(Role.PRESENTER);
    }

    /** The units of {@code level} inside {@code parent}: provinces of the nation, or the detail of a unit the user may detail. */
    public boolean mayReadWithin(@Nullable AdminUnit parent, @Nullable UnitLevel level) {
        if (parent == null || level == null || !readsFigures()) {
            return false;
        }
        if (level == UnitLevel.PROVINCE || level == UnitLevel.NATION) {
            return true;
        }
        return mayReadDetailOf(parent);
    }

    /** Lists of festival sites and models (names of places): readers of everything, or an officer inside its territory. */
    public boolean mayListIn(@Nullable AdminUnit unit) {
        if (unit == null) {
            return false;
        }
        return readsEverything() || (hasRole(Role.PROVINCE_OFFICER) && isInTerritory(unit));
    }

    /** Presentation mode: conference screens, the ministry and ADMIN (a deck shows every province). */
    public boolean mayPresent() {
        Role role = role().orElse(null);
        return role == Role.ADMIN || role == Role.LEADERSHIP || role == Role.PRESENTER;
    }

    /**
     * Leading a presentation (every screen showing it follows this window): a right of its own. ADMIN and LEADERSHIP
     * accounts have it; a PRESENTER account only when an ADMIN gave it; a conference screen never.
     */
    public boolean mayLeadPresentations() {
        return user().filter(u -> !u.isScreen())
                .map(u -> u.role() == Role.ADMIN
                        || u.role() == Role.LEADERSHIP
                        || (u.role() == Role.PRESENTER && u.leadsPresentations()))
                .orElse(false);
    }

    /** PDF reports: people at work (ADMIN, LEADERSHIP, officers), never a conference screen. */
    public boolean mayDownloadReports() {
        Role role = role().orElse(null);
        return role == Role.ADMIN || role == Role.LEADERSHIP || role == Role.PROVINCE_OFFICER;
    }

    public boolean mayEditPlaylists() {
        return hasRole(Role.ADMIN);
    }

    /** Imports and corrections for a province (code of the 34-province structure): its own officers, and ADMIN. */
    public boolean mayImportFor(@Nullable String provinceCode) {
        if (provinceCode == null) {
            return false;
        }
        return hasRole(Role.ADMIN)
                || (hasRole(Role.PROVINCE_OFFICER)
                        && provinceCode.equals(
                                user().map(SignedInUser::provinceCode).orElse(null)));
    }

    /** A province's submissions, their rows and history: the ministry, and the province's own officers. */
    public boolean mayReadSubmission(@Nullable String provinceCode) {
        return readsEverything() || mayImportFor(provinceCode);
    }

    /** Which provinces have submitted what: the ministry and every officer (states only, no figures). */
    public boolean maySeeCompleteness() {
        return readsEverything() || hasRole(Role.PROVINCE_OFFICER);
    }

    /** Steps of approval: the ministry's own steps for LEADERSHIP and ADMIN, submitting for whoever may import. */
    public boolean mayTake(@Nullable String provinceCode, boolean byMinistry) {
        return byMinistry ? readsEverything() : mayImportFor(provinceCode);
    }

    /**
     * Targets: the ministry (ADMIN, LEADERSHIP) sets the nation's and the provinces' (of today's structure); a province
     * officer those of the communes of its own province; nobody else, and nothing for a unit no longer in force.
     */
    public boolean maySetTargetOf(@Nullable AdminUnit unit) {
        if (unit == null || unit.getValidTo() != null) {
            return false;
        }
        if (readsEverything()) {
            return unit.getLevel() == UnitLevel.NATION || unit.getLevel() == UnitLevel.PROVINCE;
        }
        return hasRole(Role.PROVINCE_OFFICER) && unit.getLevel() == UnitLevel.COMMUNE && isInTerritory(unit);
    }

    /**
     * Alerts about a unit: the ministry sees every alert; an officer those of its own province and its units; a
     * conference screen none (its slide of provinces to watch is made for it by presentation mode).
     */
    public boolean maySeeAlertsOf(@Nullable AdminUnit unit) {
        if (unit == null) {
            return false;
        }
        return readsEverything() || (hasRole(Role.PROVINCE_OFFICER) && isInTerritory(unit));
    }

    /**
     * A unit's targets with those of the units beneath it: the nation's board (provinces) for every role that reads
     * figures; a province's board (communes) for whoever may read its detail.
     */
    public boolean mayReadBoardOf(@Nullable AdminUnit unit) {
        if (unit == null) {
            return false;
        }
        return unit.getLevel() == UnitLevel.NATION ? readsFigures() : mayReadDetailOf(unit);
    }

    /** Who follows alerts (the bell, the digest): the ministry and province officers, never a conference screen. */
    public boolean followsAlerts() {
        return readsEverything() || hasRole(Role.PROVINCE_OFFICER);
    }

    /** The rules of alerts and their thresholds: ADMIN only. */
    public boolean mayConfigureAlerts() {
        return hasRole(Role.ADMIN);
    }

    /**
     * The province units (of both eras) whose detail an officer may read: its province of the 34-province structure
     * and the old provinces that became part of it. Empty for other roles and for an officer without a province.
     */
    public Set<Long> territory() {
        Set<Long> ids = new HashSet<>();
        if (!hasRole(Role.PROVINCE_OFFICER)) {
            return ids;
        }
        String code = user().map(SignedInUser::provinceCode).orElse(null);
        if (code == null) {
            return ids;
        }
        units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, code).ifPresent(province -> {
            ids.add(province.getId());
            for (UnitSuccession s : units.predecessorsOf(province)) {
                units.byId(s.getPredecessorId())
                        .filter(u -> u.getLevel() == UnitLevel.PROVINCE)
                        .ifPresent(old -> ids.add(old.getId()));
            }
            units.rollUpChildren(province).stream()
                    .filter(u -> u.getLevel() == UnitLevel.PROVINCE)
                    .forEach(old -> ids.add(old.getId()));
        });
        return ids;
    }

    private boolean isInTerritory(AdminUnit unit) {
        if (unit.getLevel() == UnitLevel.NATION) {
            return false;
        }
        return units.ancestorAt(unit, UnitLevel.PROVINCE)
                .map(p -> territory().contains(p.getId()))
                .orElse(false);
    }

    private static @Nullable Authentication authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                        || authentication instanceof AnonymousAuthenticationToken
                        || !authentication.isAuthenticated()
                ? null
                : authentication;
    }
}
