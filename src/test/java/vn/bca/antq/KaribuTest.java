package vn.bca.antq;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.util.ClassUtils;
import vn.bca.antq.security.Role;
import vn.bca.antq.security.SignedInUser;

/**
 * Base of the browserless UI tests: the whole application on the test database, and a mocked Vaadin (Karibu-Testing)
 * with the application's routes, layouts and error views, served by a Spring servlet so that views get their beans.
 */
@IntegrationTest
public abstract class KaribuTest {

    /** Found once for all tests (class-path scanning is slow). */
    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        SecurityContextHolder.clearContext(); // the mocked UI opens "" anonymously, as a browser would
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        signIn(Role.LEADERSHIP, null);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** The routes the application has, as Vaadin finds them (the security matrix walks them all). */
    protected static Routes routes() {
        return ROUTES;
    }

    /**
     * Signs a user of this role in (with a province code of the 34-province structure for a PROVINCE_OFFICER): in
     * Spring Security's context, in the Vaadin session as Spring's filter would have stored it, and in the mocked
     * request that Vaadin's navigation access control asks. Every test starts signed in as LEADERSHIP.
     */
    protected static void signIn(Role role, @Nullable String provinceCode) {
        SignedInUser user = new SignedInUser(
                0,
                "test-" + role.name().toLowerCase(Locale.ROOT) + (provinceCode == null ? "" : "-" + provinceCode),
                "Test " + role,
                role,
                provinceCode,
                false,
                null,
                0,
                false,
                java.time.Instant.now());
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(role.authority()));
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        useSecurityContext(securityContext, authentication);
    }

    /** Signs out: the next navigation is anonymous. */
    protected static void signOut() {
        useSecurityContext(SecurityContextHolder.createEmptyContext(), null);
    }

    private static void useSecurityContext(SecurityContext securityContext, @Nullable Authentication authentication) {
        SecurityContextHolder.setContext(securityContext);
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                        authentication == null ? null : securityContext);
        ServletRequest servletRequest = (VaadinServletRequest) VaadinRequest.getCurrent();
        while (servletRequest instanceof ServletRequestWrapper wrapper) {
            servletRequest = wrapper.getRequest();
        }
        FakeRequest request = (FakeRequest) servletRequest;
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    /**
     * Views are package-private (only a feature's service is public), and Karibu's own {@code autoDiscoverViews} sees
     * public classes only; Spring's scanner, like Vaadin's at run time, sees them all.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        Set<Class<? extends Component>> routes = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorRoutes = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("vn.bca.antq")) {
            Class<?> type =
                    ClassUtils.resolveClassName(candidate.getBeanClassName(), KaribuTest.class.getClassLoader());
            if (type.isAnnotationPresent(Route.class) || type.isAnnotationPresent(Layout.class)) {
                routes.add((Class<? extends Component>) type);
            }
            if (HasErrorParameter.class.isAssignableFrom(type)) {
                errorRoutes.add((Class<? extends HasErrorParameter<?>>) type);
            }
        }
        return new Routes(routes, errorRoutes, true);
    }
}
