package vn.bca.antq.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.VietnameseText;
import vn.bca.antq.movementmodel.HostKind;
import vn.bca.antq.movementmodel.InitiatingBody;
import vn.bca.antq.movementmodel.ModelRegister;
import vn.bca.antq.movementmodel.ModelStatus;

/**
 * Models and their replication sites: the sites a province started in the year, one row each, with the model they
 * replicate. A model is the province's model of that name (compared without case or diacritics, in either
 * administrative structure) — its registered type, initiator and host stay as they are — or a new one registered with
 * the first of its rows. Replacing the year's sites also removes the province's models of that year left without any
 * site (unless an exemplar names them); every removed row is kept in history.
 */
@Component
class ModelRules implements DatasetRules {

    /** The fewest members of a self-managed team. */
    static final long MEMBERS_PER_TEAM = 3;

    private final ModelRegister register;
    private final AdministrativeUnits units;
    /** The model types (seeded by Liquibase, never edited by the application), read once. */
    private volatile List<ModelRegister.ModelType> types = List.of();

    ModelRules(ModelRegister register, AdministrativeUnits units) {
        this.register = register;
        this.units = units;
    }

    @Override
    public Dataset dataset() {
        return Dataset.MODELS;
    }

    @Override
    public void check(ImportRow row, Scope scope) {
        Object type = row.value("model_type");
        if (type != null) {
            typeCode((String) type)
                    .ifPresentOrElse(
                            code -> row.put("model_type", code),
                            () -> row.add(Issue.error("model_type", "intake.cell.notChoice", type)));
        }
        Plausibility.checkAtMost(row, "members", Plausibility.MOST_AT_ONE_SITE);
        Plausibility.checkAtMost(row, "teams", Plausibility.MOST_AT_ONE_SITE / MEMBERS_PER_TEAM);
        Dates.checkWithin(row, "started_on", scope);
        LocalDate started = (LocalDate) row.value("started_on");
        LocalDate ended = (LocalDate) row.value("ended_on");
        LocalDate unitEnd = row.knownUnit().getValidTo();
        if (started != null && ended != null && ended.isBefore(started)) {
            row.add(Issue.error("ended_on", "intake.row.endsBeforeStart"));
        } else if (unitEnd != null && (ended == null || ended.isAfter(unitEnd))) {
            row.add(Issue.error("ended_on", "intake.row.siteOutlivesUnit", Dates.day(unitEnd)));
        }
    }

    /** Rows of one model must agree on what the model is. */
    @Override
    public void checkAcross(List<ImportRow> rows) {
        Map<String, ImportRow> first = new HashMap<>();
        for (ImportRow row : rows) {
            ImportRow model = first.putIfAbsent(modelKey(row), row);
            if (model != null) {
                for (String column : List.of("model_type", "initiating_body", "host_kind")) {
                    if (!sameText(model.value(column), row.value(column))) {
                        row.add(Issue.error(column, "intake.row.modelDisagrees", String.valueOf(model.rowNumber())));
                    }
                }
            }
        }
    }

    @Override
    public Map<String, List<Column.Choice>> codeLists() {
        return Map.of(
                Dataset.MODELS.column("model_type").headerVi(),
                types().stream()
                        .map(t -> new Column.Choice(t.code(), t.nameVi(), t.nameEn()))
                        .toList());
    }

    @Override
    public String key(ImportRow row) {
        return row.knownUnit().getId() + "|" + fold(row.value("site_name")) + "|" + modelKey(row);
    }

    @Override
    public List<ImportRow> current(Scope scope) {
        Map<Long, AdminUnit> byId = scope.unitsById();
        List<ImportRow> rows = new ArrayList<>();
        for (ModelRegister.SiteOfModel stored :
                register.sitesStartedIn(scope.unitIds(), scope.firstDay(), scope.lastDay())) {
            ModelRegister.Site site = stored.site();
            ImportRow row = Rows.of(Objects.requireNonNull(byId.get(site.unitId())));
            row.put("model_name", stored.modelName());
            row.put("model_type", stored.modelTypeCode());
            row.put("initiating_body", stored.body().name());
            row.put("host_kind", stored.host().name());
            row.put("site_name", site.siteName());
            row.put("teams", site.teams());
            if (site.members() != null) {
                row.put("members", site.members());
            }
            row.put("started_on", site.startedOn());
            if (site.endedOn() != null) {
                row.put("ended_on", site.endedOn());
            }
            rows.add(row);
        }
        return Rows.inUnitOrder(rows);
    }

    @Override
    public void replace(Scope scope, List<ImportRow> rows, long sourceId, long batchId) {
        Map<String, Long> modelIds = existingModels(scope);
        List<ModelRegister.Site> sites = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            long modelId = modelIds.computeIfAbsent(modelKey(row), key -> registerModel(scope, row, rows, sourceId));
            sites.add(new ModelRegister.Site(
                    modelId,
                    row.knownUnit().getId(),
                    (String) Objects.requireNonNull(row.value("site_name")),
                    Objects.requireNonNull(row.count("teams")),
                    row.count("members"),
                    (LocalDate) Objects.requireNonNull(row.value("started_on")),
                    (LocalDate) row.value("ended_on")));
        }
        register.replaceSites(
                scope.unitIds(), territory(scope), scope.firstDay(), scope.lastDay(), sites, sourceId, batchId);
    }

    /** The province's models (any year, either structure) by folded name; the oldest wins a name used twice. */
    private Map<String, Long> existingModels(Scope scope) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (ModelRegister.Named model : register.modelsAtHomeIn(territory(scope))) {
            ids.put(VietnameseText.fold(model.name()), model.id());
        }
        return ids;
    }

    /**
     * Registers a new model from the first of its rows: at home in the site's unit when launched locally, otherwise in
     * the site's province; started with its earliest site.
     */
    private long registerModel(Scope scope, ImportRow first, List<ImportRow> rows, long sourceId) {
        AdminUnit home = "LOCAL".equals(first.value("initiating_body"))
                ? first.knownUnit()
                : units.ancestorAt(first.knownUnit(), UnitLevel.PROVINCE).orElse(scope.province());
        LocalDate started = rows.stream()
                .filter(r -> modelKey(r).equals(modelKey(first)))
                .map(r -> (LocalDate) r.value("started_on"))
                .min(LocalDate::compareTo)
                .orElseThrow();
        return register.register(
                new ModelRegister.Model(
                        null,
                        home.getId(),
                        modelType(String.valueOf(first.value("model_type")))
                                .orElseThrow()
                                .id(),
                        (String) Objects.requireNonNull(first.value("model_name")),
                        InitiatingBody.valueOf((String) Objects.requireNonNull(first.value("initiating_body"))),
                        HostKind.valueOf((String) Objects.requireNonNull(first.value("host_kind"))),
                        ModelStatus.NEW,
                        started,
                        null),
                sourceId);
    }

    /** The code of the model type a cell names, by code or by its Vietnamese or English name. */
    private Optional<String> typeCode(String given) {
        return modelType(given).map(ModelRegister.ModelType::code);
    }

    private Optional<ModelRegister.ModelType> modelType(String given) {
        String folded = VietnameseText.fold(given);
        return types().stream()
                .filter(t -> folded.equals(VietnameseText.fold(t.code()))
                        || folded.equals(VietnameseText.fold(t.nameVi()))
                        || folded.equals(VietnameseText.fold(t.nameEn())))
                .findFirst();
    }

    private List<ModelRegister.ModelType> types() {
        if (types.isEmpty()) {
            types = register.types();
        }
        return types;
    }

    /** Every unit of the province in both structures: models keep their old home unit after the reform. */
    private Set<Long> territory(Scope scope) {
        return units.rollUpSubtreeIds(scope.province());
    }

    private static String modelKey(ImportRow row) {
        return fold(row.value("model_name"));
    }

    private static boolean sameText(@Nullable Object a, @Nullable Object b) {
        return fold(a).equals(fold(b));
    }

    private static String fold(@Nullable Object text) {
        return text == null ? "" : VietnameseText.fold(text.toString());
    }
}
