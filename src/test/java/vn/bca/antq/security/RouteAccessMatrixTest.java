package vn.bca.antq.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;

/**
 * Every route of the application (found as Vaadin finds them), opened by every principal (anonymous, ADMIN,
 * LEADERSHIP, PRESENTER, a PROVINCE_OFFICER of each of the 34 provinces), for units of the principal's own territory
 * and of another province: anonymous users land on the sign-in page, a refused user reads "not permitted" (a
 * screen is sent back to its presentation), and only an admitted user sees the view. A new route joins the matrix
 * by itself; one without an access annotation fails it.
 */
class RouteAccessMatrixTest extends KaribuTest {

    @Autowired
    private AdministrativeUnits units;

    @Test
    void everyRouteAndLayoutCarriesAnAccessAnnotation() {
        List<String> unannotated = routes().getRoutes().stream()
                .filter(type -> Stream.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class)
                        .noneMatch(type::isAnnotationPresent))
                .map(Class::getName)
                .toList();
        assertThat(unannotated).isEmpty();
        assertThat(routes().getRoutes()).anyMatch(type -> type.isAnnotationPresent(Layout.class));
    }

    @Test
    void everyPrincipalSeesExactlyTheRoutesAndUnitsItsRoleAndProvinceAllow() {
        List<Class<? extends Component>> views = routes().getRoutes().stream()
                .filter(type -> type.isAnnotationPresent(Route.class))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
        List<String> wrong = new ArrayList<>();
        int opened = 0;
        List<Principals> principals = Principals.all(units);
        for (Principals principal : principals) {
            if (principal.anonymous()) {
                signOut();
            } else {
                signIn(Objects.requireNonNull(principal.role()), principal.provinceCode());
            }
            List<Principals.Sample> samples = principal.samples(units);
            for (Class<? extends Component> view : views) {
                for (Target target : targets(view, samples)) {
                    open(target.address());
                    Outcome outcome = outcome(view);
                    Outcome expected = expected(principal, view, target);
                    opened++;
                    if (outcome != expected && !(expected == Outcome.REFUSED && outcome == Outcome.TO_PRESENTATION)) {
                        wrong.add(principal + " /" + target.address() + " (" + view.getSimpleName() + "): " + outcome
                                + ", expected " + expected);
                    }
                }
            }
        }
        System.out.printf(
                "Route access matrix: %d principals x %d routes = %d addresses opened%n",
                principals.size(), views.size(), opened);
        assertThat(wrong).isEmpty();
    }

    private static void open(String address) {
        int query = address.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(address);
        } else {
            UI.getCurrent()
                    .navigate(address.substring(0, query), QueryParameters.fromString(address.substring(query + 1)));
        }
    }

    enum Outcome {
        SHOWN,
        SIGN_IN,
        REFUSED,
        TO_PRESENTATION,
        OTHER
    }

    private static Outcome outcome(Class<? extends Component> view) {
        List<HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        @Nullable HasElement shown = chain.isEmpty() ? null : chain.getFirst();
        if (shown == null) {
            return Outcome.OTHER;
        }
        String name = shown.getClass().getSimpleName();
        if (view.isInstance(shown)) {
            return Outcome.SHOWN;
        }
        if (name.equals("LoginView")) {
            return Outcome.SIGN_IN;
        }
        if (name.equals("AccessDeniedView") || name.equals("ForbiddenView")) {
            return Outcome.REFUSED;
        }
        if (name.equals("PresentationView")) {
            return Outcome.TO_PRESENTATION;
        }
        return Outcome.OTHER;
    }

    private static Outcome expected(Principals principal, Class<? extends Component> view, Target target) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            // the sign-in page: shown to anonymous users, a signed-in user is sent on to the application
            return principal.anonymous()
                    ? Outcome.SHOWN
                    : principal.role() == Role.PRESENTER ? Outcome.TO_PRESENTATION : Outcome.OTHER;
        }
        if (principal.anonymous()) {
            return Outcome.SIGN_IN;
        }
        boolean admitted = view.isAnnotationPresent(PermitAll.class)
                || (view.isAnnotationPresent(RolesAllowed.class)
                        && Arrays.asList(view.getAnnotation(RolesAllowed.class).value())
                                .contains(
                                        Objects.requireNonNull(principal.role()).name()));
        if (principal.role() == Role.PRESENTER && !admitted) {
            return Outcome.REFUSED;
        }
        if (principal.role() == Role.PRESENTER && !view.getSimpleName().equals("PresentationView")) {
            return Outcome.TO_PRESENTATION;
        }
        if (!admitted) {
            return Outcome.REFUSED;
        }
        boolean outsideTerritory = principal.officer() && target.unit() != null && !target.own();
        return outsideTerritory ? Outcome.REFUSED : Outcome.SHOWN;
    }

    record Target(String address, @Nullable AdminUnit unit, boolean own) {}

    /** The addresses to open for a view: each template filled with the sample units that fit its parameters. */
    private List<Target> targets(Class<? extends Component> view, List<Principals.Sample> samples) {
        List<String> templates = new ArrayList<>();
        templates.add(view.getAnnotation(Route.class).value());
        Arrays.stream(view.getAnnotationsByType(RouteAlias.class))
                .map(RouteAlias::value)
                .forEach(templates::add);
        List<Target> targets = new ArrayList<>();
        for (String template : templates) {
            if (template.equals("change") || template.equals("compare")) {
                // the nation's provinces for everyone; a province's communes (change?province=, compare?province=) as
                // its detail
                targets.add(new Target(template, null, true));
                samples.stream()
                        .filter(s -> s.unit().getLevel() == UnitLevel.PROVINCE
                                && s.unit().getEra() == Era.PROVINCES_34)
                        .forEach(s -> targets.add(new Target(
                                template + "?province=" + s.unit().getCode() + "&from=2025&to=2026",
                                s.unit(),
                                s.own())));
            } else if (!template.contains(":")) {
                targets.add(new Target(template, null, true));
            } else if (template.startsWith("playlists/:id")) {
                targets.add(new Target("playlists/1/edit", null, true));
            } else if (template.equals("province/:code")) {
                samples.stream()
                        .filter(s -> s.unit().getLevel() == UnitLevel.PROVINCE)
                        .forEach(s -> targets.add(new Target(
                                "province/" + s.unit().getCode() + "?year=" + year(s.unit()), s.unit(), s.own())));
            } else if (template.equals("province/:province/district/:district")) {
                samples.stream()
                        .filter(s -> s.unit().getLevel() == UnitLevel.DISTRICT)
                        .forEach(s -> targets.add(new Target(
                                "province/" + province(s.unit()).getCode() + "/district/"
                                        + s.unit().getCode() + "?year=2020",
                                s.unit(),
                                s.own())));
            } else if (template.equals("province/:province/commune/:commune")) {
                samples.stream()
                        .filter(s -> s.unit().getLevel() == UnitLevel.COMMUNE)
                        .forEach(s -> targets.add(new Target(
                                "province/" + province(s.unit()).getCode() + "/commune/"
                                        + s.unit().getCode() + "?year=2026",
                                s.unit(),
                                s.own())));
            } else {
                throw new IllegalStateException("No sample addresses for the route template '" + template + "' of "
                        + view.getName() + ": add them to RouteAccessMatrixTest.targets");
            }
        }
        return targets;
    }

    private AdminUnit province(AdminUnit unit) {
        return units.ancestorAt(unit, UnitLevel.PROVINCE).orElseThrow();
    }

    private static int year(AdminUnit province) {
        return province.getEra() != null && province.getEra().hasDistricts() ? 2020 : 2026;
    }
}
