package vn.bca.antq.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.admin.UnitSuccession;

/**
 * The rows of the access matrices: anonymous, ADMIN, LEADERSHIP, PRESENTER, and a PROVINCE_OFFICER of every province
 * of the 34-province structure, each with sample units of its own territory and of another province.
 */
public record Principals(@Nullable Role role, @Nullable String provinceCode) {

    public static List<Principals> all(AdministrativeUnits units) {
        List<Principals> all = new ArrayList<>(List.of(
                new Principals(null, null),
                new Principals(Role.ADMIN, null),
                new Principals(Role.LEADERSHIP, null),
                new Principals(Role.PRESENTER, null)));
        units.all(Era.PROVINCES_34, UnitLevel.PROVINCE)
                .forEach(p -> all.add(new Principals(Role.PROVINCE_OFFICER, p.getCode())));
        return all;
    }

    /** Runs {@code work} signed in as this role (an officer of {@code provinceCode}), then as before. */
    public static <T> T as(Role role, @Nullable String provinceCode, Supplier<T> work) {
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

    public boolean anonymous() {
        return role == null;
    }

    public boolean officer() {
        return role == Role.PROVINCE_OFFICER;
    }

    public boolean readsEverything() {
        return role == Role.ADMIN || role == Role.LEADERSHIP;
    }

    /** The authentication Spring Security would give this principal; anonymous users get its anonymous token. */
    public Authentication authentication() {
        if (role == null) {
            return new AnonymousAuthenticationToken(
                    "matrix", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));
        }
        SignedInUser user = new SignedInUser(
                0,
                "matrix-" + role.name().toLowerCase(Locale.ROOT) + (provinceCode == null ? "" : "-" + provinceCode),
                "Matrix " + role,
                role,
                provinceCode,
                false,
                null,
                0,
                false,
                java.time.Instant.now());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(role.authority()));
    }

    @Override
    public String toString() {
        return role == null ? "anonymous" : provinceCode == null ? role.name() : role + "(" + provinceCode + ")";
    }

    /** A unit used as an argument or in an address, and whether it lies in this principal's own territory. */
    public record Sample(String label, AdminUnit unit, boolean own) {}

    /**
     * Sample units: the nation; a province of today (own for an officer) and another one; an old province it succeeded;
     * a commune of its own and of another province; a district of an old province it succeeded and of another one.
     */
    public List<Sample> samples(AdministrativeUnits units) {
        List<Sample> samples = new ArrayList<>();
        samples.add(new Sample("nation", units.nation(), false));
        List<AdminUnit> provinces = units.all(Era.PROVINCES_34, UnitLevel.PROVINCE);
        AdminUnit own = provinceCode == null
                ? provinces.getFirst()
                : units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, provinceCode).orElseThrow();
        AdminUnit other = provinces.stream()
                .filter(p -> !p.getId().equals(own.getId()))
                .findFirst()
                .orElseThrow();
        boolean officer = officer();
        samples.add(new Sample("province", own, officer));
        samples.add(new Sample("other-province", other, false));
        samples.add(new Sample("commune", first(units, own, UnitLevel.COMMUNE), officer));
        samples.add(new Sample("other-commune", first(units, other, UnitLevel.COMMUNE), false));
        oldProvince(units, own).ifPresent(old -> {
            samples.add(new Sample("old-province", old, officer));
            samples.add(new Sample("old-district", first(units, old, UnitLevel.DISTRICT), officer));
        });
        oldProvince(units, other)
                .ifPresent(old ->
                        samples.add(new Sample("other-old-district", first(units, old, UnitLevel.DISTRICT), false)));
        return samples;
    }

    private static Optional<AdminUnit> oldProvince(AdministrativeUnits units, AdminUnit province) {
        return units.predecessorsOf(province).stream()
                .map(UnitSuccession::getPredecessorId)
                .map(id -> units.byId(id).orElseThrow())
                .filter(u -> u.getLevel() == UnitLevel.PROVINCE)
                .findFirst();
    }

    private static AdminUnit first(AdministrativeUnits units, AdminUnit parent, UnitLevel level) {
        return units.within(parent, level).getFirst();
    }
}
