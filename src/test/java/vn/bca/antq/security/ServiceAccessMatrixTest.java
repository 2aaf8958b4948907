package vn.bca.antq.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Period;
import vn.bca.antq.intake.Dataset;
import vn.bca.antq.intake.Preview;
import vn.bca.antq.intake.Scope;
import vn.bca.antq.intake.Transition;
import vn.bca.antq.intake.file.RawTable;
import vn.bca.antq.presentation.Presentation;
import vn.bca.antq.presentation.SlideKind;
import vn.bca.antq.presentation.SlideSpec;

/**
 * Every public method of every {@code @Service} bean, called as every principal (anonymous, ADMIN, LEADERSHIP,
 * PRESENTER, a PROVINCE_OFFICER of each of the 34 provinces) with sample arguments (units of the caller's own
 * territory and of another province), must be allowed or refused exactly as its rule says. The services are found
 * in the running application, so a new service or method joins the matrix by itself and fails it until it is
 * guarded and its rule is written down here.
 */
@IntegrationTest
class ServiceAccessMatrixTest {

    /** Services of public reference data (unit names and codes, geometry as served by /geo) or used only at start-up. */
    static final Map<String, String> UNGUARDED = Map.of(
            "AdministrativeUnits", "reference data: names and codes of units, as public as the geometry",
            "GeoLayers", "reference geometry, public under /geo",
            "Boundaries", "reference geometry, public under /geo",
            "DemoDataGenerator", "runs at start-up only, before anyone signs in; no view reaches it");

    /** Who may call what. The sample arguments decide the outcome for unit-scoped rules. */
    enum Rule {
        READ_UNIT,
        READ_NATION,
        READ_LEVEL,
        READ_WITHIN,
        LIST_IN,
        PRESENT,
        LEAD,
        REPORT,
        REPORT_ON,
        ADMIN,
        SIGNED_IN,
        ANYONE,
        IMPORT,
        READ_SUBMISSION,
        COMPLETENESS,
        TAKE,
        SET_TARGET,
        BOARD,
        FOLLOWS
    }

    static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("IndicatorService.figure", Rule.READ_UNIT),
            Map.entry("IndicatorService.national", Rule.READ_NATION),
            Map.entry("IndicatorService.figures", Rule.READ_LEVEL),
            Map.entry("IndicatorService.figuresWithin", Rule.READ_WITHIN),
            Map.entry("IndicatorService.trend", Rule.READ_UNIT),
            Map.entry("IndicatorService.reportedApart", Rule.READ_UNIT),
            Map.entry("DemoDatabase.holdsSyntheticData", Rule.SIGNED_IN),
            Map.entry("AssessmentService.legalBasesByYear", Rule.READ_UNIT),
            Map.entry("FestivalService.sitesIn", Rule.LIST_IN),
            Map.entry("ModelService.runningModelsByType", Rule.READ_UNIT),
            Map.entry("ModelService.modelsWithSitesIn", Rule.LIST_IN),
            Map.entry("PresentationService.deck", Rule.PRESENT),
            Map.entry("PresentationRooms.follow", Rule.PRESENT),
            Map.entry("PresentationRooms.isLed", Rule.PRESENT),
            Map.entry("PresentationRooms.position", Rule.PRESENT),
            Map.entry("PresentationRooms.lead", Rule.LEAD),
            Map.entry("PresentationRooms.show", Rule.LEAD),
            Map.entry("PresentationService.snapshot", Rule.PRESENT),
            Map.entry("PresentationService.refresh", Rule.PRESENT),
            Map.entry("PresentationService.refreshIfOlder", Rule.PRESENT),
            Map.entry("PlaylistService.all", Rule.PRESENT),
            Map.entry("PlaylistService.find", Rule.PRESENT),
            Map.entry("PlaylistService.check", Rule.PRESENT),
            Map.entry("PlaylistService.save", Rule.ADMIN),
            Map.entry("PlaylistService.delete", Rule.ADMIN),
            Map.entry("AccountService.accounts", Rule.ADMIN),
            Map.entry("AccountService.create", Rule.ADMIN),
            Map.entry("AccountService.update", Rule.ADMIN),
            Map.entry("AccountService.resetPassword", Rule.ADMIN),
            Map.entry("AccountService.changeOwnPassword", Rule.SIGNED_IN),
            Map.entry("AccountService.presenterTokens", Rule.ADMIN),
            Map.entry("AccountService.createPresenterToken", Rule.ADMIN),
            Map.entry("AccountService.revokePresenterToken", Rule.ADMIN),
            Map.entry("AccountService.rotatePresenterToken", Rule.ADMIN),
            Map.entry("AuditService.record", Rule.ANYONE),
            Map.entry("AuditService.recordChange", Rule.ANYONE),
            Map.entry("AuditService.recordExport", Rule.SIGNED_IN),
            Map.entry("AuditService.search", Rule.ADMIN),
            Map.entry("IntakeService.current", Rule.READ_SUBMISSION),
            Map.entry("IntakeService.scopeOf", Rule.READ_SUBMISSION),
            Map.entry("IntakeService.template", Rule.READ_SUBMISSION),
            Map.entry("IntakeService.preview", Rule.IMPORT),
            Map.entry("IntakeService.correction", Rule.IMPORT),
            Map.entry("IntakeService.commit", Rule.IMPORT),
            Map.entry("SubmissionService.submission", Rule.READ_SUBMISSION),
            Map.entry("SubmissionService.events", Rule.READ_SUBMISSION),
            Map.entry("SubmissionService.imports", Rule.READ_SUBMISSION),
            Map.entry("SubmissionService.completeness", Rule.COMPLETENESS),
            Map.entry("SubmissionService.take", Rule.TAKE),
            Map.entry("ReportService.national", Rule.REPORT),
            Map.entry("ReportService.province", Rule.REPORT_ON),
            Map.entry("TargetService.targets", Rule.SIGNED_IN),
            Map.entry("TargetService.byIndicator", Rule.SIGNED_IN),
            Map.entry("TargetService.target", Rule.READ_UNIT),
            Map.entry("TargetService.history", Rule.READ_UNIT),
            Map.entry("TargetService.board", Rule.BOARD),
            Map.entry("TargetService.set", Rule.SET_TARGET),
            Map.entry("AlertService.alerts", Rule.SIGNED_IN),
            Map.entry("AlertService.unacknowledged", Rule.SIGNED_IN),
            Map.entry("AlertService.acknowledge", Rule.SIGNED_IN),
            Map.entry("AlertService.rules", Rule.SIGNED_IN),
            Map.entry("AlertService.configure", Rule.ADMIN),
            Map.entry("AlertService.watchlist", Rule.PRESENT),
            Map.entry("DigestService.mailConfigured", Rule.FOLLOWS),
            Map.entry("DigestService.mine", Rule.FOLLOWS),
            Map.entry("DigestService.subscribe", Rule.FOLLOWS),
            Map.entry("DigestService.unsubscribe", Rule.FOLLOWS));

    private static final long NO_SUCH_ID = 987_654_321L;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private AdministrativeUnits units;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyServiceMethodIsGuardedAndHasARule() {
        List<String> problems = new ArrayList<>();
        for (Guarded service : services()) {
            boolean classGuarded = AnnotatedElementUtils.hasAnnotation(service.type(), PreAuthorize.class);
            for (Method method : service.methods()) {
                String name = service.type().getSimpleName() + "." + method.getName();
                if (!classGuarded && !AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)) {
                    problems.add(name + " has no @PreAuthorize (nor its class)");
                }
                if (!RULES.containsKey(name)) {
                    problems.add(name + " has no rule in this test's RULES");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPrincipalGetsExactlyWhatItsRoleAndProvinceAllow() {
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> cells = new TreeMap<>();
        int calls = 0;
        for (Principals principal : Principals.all(units)) {
            List<Principals.Sample> samples = principal.samples(units);
            for (Guarded service : services()) {
                for (Method method : service.methods()) {
                    Rule rule = RULES.get(service.type().getSimpleName() + "." + method.getName());
                    if (rule == null) {
                        continue; // reported by the other test
                    }
                    for (Call call : calls(method, samples)) {
                        boolean allowed = invoke(service.bean(), method, call.arguments(), principal.authentication());
                        boolean expected = expected(rule, principal, call);
                        calls++;
                        cells.merge(service.type().getSimpleName() + "." + method.getName(), 1, Integer::sum);
                        if (allowed != expected) {
                            wrong.add(principal + " " + service.type().getSimpleName() + "." + method.getName()
                                    + call.label() + ": " + (allowed ? "allowed" : "refused") + ", expected "
                                    + (expected ? "allowed" : "refused"));
                        }
                    }
                }
            }
        }
        System.out.printf(
                "Service access matrix: %d principals x %d methods = %d calls%n",
                Principals.all(units).size(), cells.size(), calls);
        assertThat(wrong).isEmpty();
        assertThat(calls).isGreaterThan(1000);
    }

    static boolean expected(Rule rule, Principals principal, Call call) {
        if (rule == Rule.ANYONE) {
            return true;
        }
        if (principal.anonymous()) {
            return false;
        }
        Principals.@Nullable Sample unit = call.unit();
        @Nullable UnitLevel level = call.level();
        return switch (rule) {
            case ANYONE, SIGNED_IN, READ_NATION -> true;
            case ADMIN -> principal.role() == Role.ADMIN;
            case PRESENT -> principal.role() != Role.PROVINCE_OFFICER;
            // the matrix's PRESENTER is an account without the right to lead
            case LEAD -> principal.role() == Role.ADMIN || principal.role() == Role.LEADERSHIP;
            case REPORT -> principal.role() != Role.PRESENTER;
            case REPORT_ON ->
                principal.role() != Role.PRESENTER && (!principal.officer() || (unit != null && unit.own()));
            case READ_UNIT -> !principal.officer() || unit == null || isNationOrProvince(unit) || unit.own();
            case READ_LEVEL -> !principal.officer() || level == UnitLevel.PROVINCE || level == UnitLevel.NATION;
            case READ_WITHIN -> !principal.officer() || level == UnitLevel.PROVINCE || (unit != null && unit.own());
            case LIST_IN -> principal.readsEverything() || (principal.officer() && unit != null && unit.own());
            case IMPORT -> principal.role() == Role.ADMIN || (principal.officer() && unit != null && unit.own());
            case READ_SUBMISSION -> principal.readsEverything() || (principal.officer() && unit != null && unit.own());
            case COMPLETENESS -> principal.role() != Role.PRESENTER;
            // the ministry: the nation and today's provinces; an officer: the communes of its own province
            case SET_TARGET ->
                unit != null
                        && (principal.readsEverything()
                                ? unit.unit().getValidTo() == null
                                        && (unit.unit().getLevel() == UnitLevel.NATION
                                                || unit.unit().getLevel() == UnitLevel.PROVINCE)
                                : principal.officer()
                                        && unit.own()
                                        && unit.unit().getLevel() == UnitLevel.COMMUNE);
            case FOLLOWS -> principal.role() != Role.PRESENTER;
            case BOARD ->
                unit != null
                        && (unit.unit().getLevel() == UnitLevel.NATION
                                || principal.readsEverything()
                                || principal.role() == Role.PRESENTER
                                || unit.own());
            case TAKE ->
                Arrays.stream(call.arguments()).anyMatch(a -> a instanceof Transition t && t.byMinistry())
                        ? principal.readsEverything()
                        : principal.role() == Role.ADMIN || (principal.officer() && unit != null && unit.own());
        };
    }

    private static boolean isNationOrProvince(Principals.Sample sample) {
        return sample.unit().getLevel() == UnitLevel.NATION || sample.unit().getLevel() == UnitLevel.PROVINCE;
    }

    /** True unless Spring Security refused the call; any other outcome (a result, a validation error) counts as allowed. */
    private static boolean invoke(
            Object bean, Method method, @Nullable Object[] arguments, @Nullable Authentication authentication) {
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        try {
            method.invoke(bean, arguments);
            return true;
        } catch (InvocationTargetException e) {
            return !(e.getCause() instanceof AccessDeniedException || e.getCause() instanceof AuthenticationException);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    record Guarded(Object bean, Class<?> type, List<Method> methods) {}

    /** The @Service beans of the application with their public methods, the reference-data ones left out. */
    private List<Guarded> services() {
        List<Guarded> services = new ArrayList<>();
        context.getBeansWithAnnotation(Service.class).values().stream()
                .sorted(Comparator.comparing(b -> AopUtils.getTargetClass(b).getName()))
                .forEach(bean -> {
                    Class<?> type = AopUtils.getTargetClass(bean);
                    if (!type.getPackageName().startsWith("vn.bca.antq")
                            || UNGUARDED.containsKey(type.getSimpleName())) {
                        return;
                    }
                    List<Method> methods = Arrays.stream(type.getDeclaredMethods())
                            .filter(m -> Modifier.isPublic(m.getModifiers())
                                    && !m.isSynthetic()
                                    && !Modifier.isStatic(m.getModifiers()))
                            .sorted(Comparator.comparing(Method::toGenericString))
                            .toList();
                    services.add(new Guarded(bean, type, methods));
                });
        return services;
    }

    /** One call's arguments, the unit sample and level among them (for the rule), and a label for messages. */
    record Call(
            @Nullable Object[] arguments,
            Principals.@Nullable Sample unit,
            @Nullable UnitLevel level,
            String label) {}

    /** Every combination of the sample values of the method's parameter types. */
    private static List<Call> calls(Method method, List<Principals.Sample> samples) {
        List<Call> calls = new ArrayList<>();
        calls.add(new Call(new Object[0], null, null, ""));
        for (Parameter parameter : method.getParameters()) {
            List<Call> next = new ArrayList<>();
            for (Call call : calls) {
                for (Object value : values(parameter, samples)) {
                    Object[] arguments = Arrays.copyOf(call.arguments(), call.arguments().length + 1);
                    Principals.Sample unit = call.unit();
                    UnitLevel level = call.level();
                    String label = call.label();
                    if (value instanceof Principals.Sample sample) {
                        arguments[arguments.length - 1] = sample.unit();
                        unit = sample;
                        label += " " + sample.label();
                    } else if (value instanceof ForProvince forProvince) {
                        arguments[arguments.length - 1] = forProvince.argument();
                        unit = forProvince.sample();
                        label += " " + forProvince.sample().label();
                    } else {
                        arguments[arguments.length - 1] = value == NULL ? null : value;
                        if (value instanceof UnitLevel l) {
                            level = l;
                            label += " " + l;
                        }
                    }
                    next.add(new Call(arguments, unit, level, label));
                }
            }
            calls = next;
        }
        return calls;
    }

    private static final Object NULL = new Object();

    /** An argument that stands for a province (its code, or a preview of its data): the rule looks at the province. */
    record ForProvince(Object argument, Principals.Sample sample) {}

    /** The principal's own province of today and another one. */
    private static List<Principals.Sample> provinces(List<Principals.Sample> samples) {
        return samples.stream()
                .filter(s -> s.label().equals("province") || s.label().equals("other-province"))
                .toList();
    }

    /** Sample values per parameter type; a type without samples fails the test, asking for some. */
    private static List<Object> values(Parameter parameter, List<Principals.Sample> samples) {
        Class<?> type = parameter.getType();
        if (type == AdminUnit.class) {
            return new ArrayList<>(samples);
        }
        if (type == UnitLevel.class) {
            return List.of(UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.COMMUNE);
        }
        if (type == Indicator.class) {
            return List.of(Indicator.COVERAGE_COMMUNES);
        }
        if (type == Era.class) {
            return List.of(Era.PROVINCES_34);
        }
        if (type == Structure.class) {
            return List.of(Structure.CURRENT);
        }
        if (type == Period.class) {
            return List.of(Period.year(2024));
        }
        if (type == int.class || type == Integer.class) {
            return List.of(2024);
        }
        if (type == long.class) {
            return List.of(NO_SUCH_ID);
        }
        if (type == Long.class) {
            return List.of(NULL);
        }
        if (type == boolean.class) {
            return List.of(true);
        }
        if (type == LocalDate.class) {
            return List.of(LocalDate.of(2024, 12, 31));
        }
        if (type == Instant.class) {
            return List.of(Instant.now());
        }
        if (type == String.class && parameter.getName().equals("provinceCode")) {
            return provinces(samples).stream()
                    .<Object>map(s -> new ForProvince(s.unit().getCode(), s))
                    .toList();
        }
        if (type == String.class) {
            return List.of("matrix");
        }
        if (type == Dataset.class) {
            return List.of(Dataset.SAFETY);
        }
        if (type == Transition.class) {
            return List.of(Transition.SUBMIT, Transition.APPROVE);
        }
        if (type == RawTable.class) {
            return List.of(new RawTable("matrix.csv", "matrix", List.of(), List.of()));
        }
        if (type == Preview.class) {
            // no rows: an allowed commit is refused by validation, so the matrix imports nothing
            return provinces(samples).stream()
                    .<Object>map(s -> new ForProvince(
                            new Preview(
                                    new Scope(s.unit(), 2024, Dataset.SAFETY, Era.PROVINCES_63, Map.of()),
                                    "matrix.csv",
                                    List.of(),
                                    List.of(),
                                    List.of(),
                                    0,
                                    "",
                                    false),
                            s))
                    .toList();
        }
        if (type == Role.class) {
            return List.of(Role.PROVINCE_OFFICER);
        }
        if (type == vn.bca.antq.base.text.Language.class) {
            return List.of(vn.bca.antq.base.text.Language.VI);
        }
        if (type == java.util.function.IntConsumer.class) {
            return List.of((java.util.function.IntConsumer) position -> {});
        }
        if (type == Object.class) {
            return List.of(new Object());
        }
        if (type == java.math.BigDecimal.class) {
            // no value: an allowed call removes a target that does not exist, so the matrix changes nothing
            return List.of(NULL);
        }
        if (type == java.util.Collection.class) {
            return List.of(samples.stream().map(Principals.Sample::unit).toList());
        }
        if (type == vn.bca.antq.monitoring.AlertRule.class) {
            // no threshold: an allowed call is refused by validation, so the matrix changes no rule
            return List.of(vn.bca.antq.monitoring.AlertRule.RATE_FELL);
        }
        if (type == vn.bca.antq.monitoring.DigestFrequency.class) {
            return List.of(vn.bca.antq.monitoring.DigestFrequency.DAILY);
        }
        if (type == AuditKind.class) {
            return List.of(AuditKind.EXPORT);
        }
        if (type == Presentation.class) {
            // a blank name: allowed saves are refused by validation, so the matrix changes no playlist
            return List.of(new Presentation(
                    " ",
                    List.of(SlideSpec.of(SlideKind.COVERAGE, Indicator.COVERAGE_COMMUNES)),
                    2024,
                    Duration.ofSeconds(20),
                    null,
                    null));
        }
        throw new IllegalStateException("No sample values for parameter type " + type.getName() + " of "
                + parameter.getDeclaringExecutable() + ": add some to ServiceAccessMatrixTest.values");
    }
}
