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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.VietnameseText;

/**
 * Models and their replication sites: the sites a province started in the year, one row each, with the model they
 * replicate. A model is the province's model of that name (compared without case or diacritics, in either
 * administrative structure) — its registered type, initiator and host stay as they are — or a new one registered with
 * the first of its rows. Replacing the year's sites also removes the province's models of that year left without any
 * site (unless an exemplar names them); every removed row is kept in history.
 */
@Component
class ModelRules implements DatasetRules {

    private static final String SITES = "started_on BETWEEN :from AND :to AND unit_id IN (:units)";
    private static final String ORPHANS = """
            started_on BETWEEN :from AND :to AND home_unit_id IN (:territory)
            AND NOT EXISTS (SELECT 1 FROM model_site s WHERE s.model_id = movement_model.id)
            AND NOT EXISTS (SELECT 1 FROM exemplar e WHERE e.model_id = movement_model.id)""";

    /** The fewest members of a self-managed team. */
    static final long MEMBERS_PER_TEAM = 3;

    private final NamedParameterJdbcTemplate jdbc;
    private final AdministrativeUnits units;
    private final FactTable sites;
    private final FactTable models;
    /** The model types (seeded by Liquibase, never edited by the application), read once. */
    private volatile List<Column.Choice> types = List.of();

    ModelRules(NamedParameterJdbcTemplate jdbc, AdministrativeUnits units) {
        this.jdbc = jdbc;
        this.units = units;
        this.sites = new FactTable(
                jdbc,
                "model_site",
                List.of(
                        "id",
                        "model_id",
                        "unit_id",
                        "source_id",
                        "site_name",
                        "teams",
                        "members",
                        "started_on",
                        "ended_on"));
        this.models = new FactTable(
                jdbc,
                "movement_model",
                List.of(
                        "id",
                        "home_unit_id",
                        "source_id",
                        "model_type_id",
                        "name",
                        "initiating_body",
                        "host_kind",
                        "status",
                        "started_on",
                        "retired_on"));
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
        return Map.of(Dataset.MODELS.column("model_type").headerVi(), types());
    }

    @Override
    public String key(ImportRow row) {
        return row.knownUnit().getId() + "|" + fold(row.value("site_name")) + "|" + modelKey(row);
    }

    @Override
    public List<ImportRow> current(Scope scope) {
        Map<Long, AdminUnit> byId = scope.unitsById();
        List<ImportRow> rows = jdbc.query(
                """
                        SELECT s.unit_id, s.site_name, s.teams, s.members, s.started_on, s.ended_on, m.name, t.code, m.initiating_body, m.host_kind
                        FROM model_site s JOIN movement_model m ON m.id = s.model_id JOIN model_type t ON t.id = m.model_type_id
                        WHERE s.""" + SITES.replace("unit_id IN", "s.unit_id IN") + " ORDER BY m.name, s.started_on, s.site_name",
                params(scope),
                (rs, i) -> {
                    ImportRow row = Rows.of(Objects.requireNonNull(byId.get(rs.getLong("unit_id"))));
                    row.put("model_name", rs.getString("name"));
                    row.put("model_type", rs.getString("code"));
                    row.put("initiating_body", rs.getString("initiating_body"));
                    row.put("host_kind", rs.getString("host_kind"));
                    row.put("site_name", rs.getString("site_name"));
                    row.put("teams", rs.getLong("teams"));
                    Long members = rs.getObject("members", Long.class);
                    if (members != null) {
                        row.put("members", members);
                    }
                    row.put("started_on", rs.getObject("started_on", LocalDate.class));
                    LocalDate ended = rs.getObject("ended_on", LocalDate.class);
                    if (ended != null) {
                        row.put("ended_on", ended);
                    }
                    return row;
                });
        return Rows.inUnitOrder(rows);
    }

    @Override
    public void replace(Scope scope, List<ImportRow> rows, long sourceId, long batchId) {
        MapSqlParameterSource params = params(scope);
        sites.archiveAndDelete(SITES, params, batchId);
        Map<String, Long> modelIds = existingModels(scope);
        List<Object[]> values = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            long modelId = modelIds.computeIfAbsent(modelKey(row), key -> register(scope, row, rows, sourceId));
            values.add(new Object[] {
                modelId,
                row.knownUnit().getId(),
                sourceId,
                row.value("site_name"),
                row.value("teams"),
                row.value("members"),
                row.value("started_on"),
                row.value("ended_on")
            });
        }
        sites.insert(
                List.of("model_id", "unit_id", "source_id", "site_name", "teams", "members", "started_on", "ended_on"),
                values);
        models.archiveAndDelete(ORPHANS, params.addValue("territory", territory(scope)), batchId);
    }

    /** The province's models (any year, either structure) by folded name; the oldest wins a name used twice. */
    private Map<String, Long> existingModels(Scope scope) {
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.query(
                "SELECT id, name FROM movement_model WHERE home_unit_id IN (:territory) ORDER BY started_on DESC, id DESC",
                new MapSqlParameterSource("territory", territory(scope)),
                rs -> {
                    ids.put(VietnameseText.fold(rs.getString("name")), rs.getLong("id"));
                });
        return ids;
    }

    /**
     * Registers a new model from the first of its rows: at home in the site's unit when launched locally, otherwise in
     * the site's province; started with its earliest site.
     */
    private long register(Scope scope, ImportRow first, List<ImportRow> rows, long sourceId) {
        AdminUnit home = "LOCAL".equals(first.value("initiating_body"))
                ? first.knownUnit()
                : units.ancestorAt(first.knownUnit(), UnitLevel.PROVINCE).orElse(scope.province());
        LocalDate started = rows.stream()
                .filter(r -> modelKey(r).equals(modelKey(first)))
                .map(r -> (LocalDate) r.value("started_on"))
                .min(LocalDate::compareTo)
                .orElseThrow();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                """
                        INSERT INTO movement_model (home_unit_id, source_id, model_type_id, name, initiating_body, host_kind, status, started_on)
                        VALUES (:home, :source, :type, :name, :body, :host, 'NEW', :started)""",
                new MapSqlParameterSource("home", home.getId())
                        .addValue("source", sourceId)
                        .addValue(
                                "type",
                                modelType(String.valueOf(first.value("model_type")))
                                        .orElseThrow())
                        .addValue("name", first.value("model_name"))
                        .addValue("body", first.value("initiating_body"))
                        .addValue("host", first.value("host_kind"))
                        .addValue("started", started),
                key,
                new String[] {"id"});
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** The code of the model type a cell names, by code or by its Vietnamese or English name. */
    private Optional<String> typeCode(String given) {
        String folded = VietnameseText.fold(given);
        return types().stream()
                .filter(c -> folded.equals(VietnameseText.fold(c.code()))
                        || folded.equals(VietnameseText.fold(c.vi()))
                        || folded.equals(VietnameseText.fold(c.en())))
                .findFirst()
                .map(Column.Choice::code);
    }

    private Optional<Long> modelType(String given) {
        return typeCode(given)
                .map(code -> jdbc.queryForObject(
                        "SELECT id FROM model_type WHERE code = :code",
                        new MapSqlParameterSource("code", code),
                        Long.class));
    }

    private List<Column.Choice> types() {
        if (types.isEmpty()) {
            types = jdbc.query(
                    "SELECT code, name_vi, name_en FROM model_type ORDER BY name_vi",
                    (rs, i) ->
                            new Column.Choice(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en")));
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

    private static MapSqlParameterSource params(Scope scope) {
        return new MapSqlParameterSource("from", scope.firstDay())
                .addValue("to", scope.lastDay())
                .addValue("units", scope.unitIds());
    }
}
