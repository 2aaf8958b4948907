package vn.bca.antq.movementmodel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.bca.antq.award.RecipientKind;
import vn.bca.antq.base.db.FactTable;

/**
 * The stored models, their replication sites and the exemplars they bred (tables {@code movement_model},
 * {@code model_site}, {@code exemplar}; the types of {@code model_type} are seeded and only read): what intake reads
 * and replaces and the demo data adds. Figures are counted by {@link ModelFacts}, lists shown by {@link ModelService}.
 */
@Repository
public class ModelRegister {

    /** A type of model as the catalogue names it. */
    public record ModelType(long id, String code, String nameVi, String nameEn) {}

    /** A model as stored; {@code id} is null for one not yet stored. */
    public record Model(
            @Nullable Long id,
            long homeUnitId,
            long modelTypeId,
            String name,
            InitiatingBody initiatingBody,
            HostKind hostKind,
            ModelStatus status,
            LocalDate startedOn,
            @Nullable LocalDate retiredOn) {}

    /** A site replicating a model. */
    public record Site(
            long modelId,
            long unitId,
            String siteName,
            long teams,
            @Nullable Long members,
            LocalDate startedOn,
            @Nullable LocalDate endedOn) {}

    /** A site with what its model is, as intake shows it. */
    public record SiteOfModel(Site site, String modelName, String modelTypeCode, InitiatingBody body, HostKind host) {}

    /** A model's name, for finding it again by name. */
    public record Named(long id, String name) {}

    /** A person or collective recognised as an exemplar, of a model or of the movement ({@code modelId} null). */
    public record Exemplar(
            long unitId, @Nullable Long modelId, String name, RecipientKind kind, LocalDate recognisedOn) {}

    private static final String SITES_STARTED = "started_on BETWEEN :from AND :to AND unit_id IN (:units)";
    private static final String MODELS_WITHOUT_SITES = """
            started_on BETWEEN :from AND :to AND home_unit_id IN (:territory)
            AND NOT EXISTS (SELECT 1 FROM model_site s WHERE s.model_id = movement_model.id)
            AND NOT EXISTS (SELECT 1 FROM exemplar e WHERE e.model_id = movement_model.id)""";
    private static final List<String> MODEL_COLUMNS = List.of(
            "id",
            "home_unit_id",
            "source_id",
            "model_type_id",
            "name",
            "initiating_body",
            "host_kind",
            "status",
            "started_on",
            "retired_on");
    private static final List<String> SITE_COLUMNS =
            List.of("model_id", "unit_id", "source_id", "site_name", "teams", "members", "started_on", "ended_on");

    private final NamedParameterJdbcTemplate jdbc;
    private final FactTable models;
    private final FactTable sites;
    private final FactTable exemplars;

    ModelRegister(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.models = new FactTable(jdbc, "movement_model", MODEL_COLUMNS);
        List<String> siteHistory = new ArrayList<>(List.of("id"));
        siteHistory.addAll(SITE_COLUMNS);
        this.sites = new FactTable(jdbc, "model_site", siteHistory);
        this.exemplars = new FactTable(jdbc, "exemplar", List.of());
    }

    /** The catalogue of model types, by Vietnamese name. */
    public List<ModelType> types() {
        return jdbc.query(
                "SELECT id, code, name_vi, name_en FROM model_type ORDER BY name_vi",
                (rs, i) -> new ModelType(
                        rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en")));
    }

    /** The sites started in the units between the two days, with their models, by model name, day and site name. */
    public List<SiteOfModel> sitesStartedIn(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return jdbc.query(
                """
                SELECT s.model_id, s.unit_id, s.site_name, s.teams, s.members, s.started_on, s.ended_on,
                       m.name, t.code, m.initiating_body, m.host_kind
                FROM model_site s JOIN movement_model m ON m.id = s.model_id JOIN model_type t ON t.id = m.model_type_id
                WHERE s.started_on BETWEEN :from AND :to AND s.unit_id IN (:units)
                ORDER BY m.name, s.started_on, s.site_name""",
                params(unitIds, from, to),
                (rs, i) -> new SiteOfModel(
                        new Site(
                                rs.getLong("model_id"),
                                rs.getLong("unit_id"),
                                rs.getString("site_name"),
                                rs.getLong("teams"),
                                rs.getObject("members", Long.class),
                                rs.getObject("started_on", LocalDate.class),
                                rs.getObject("ended_on", LocalDate.class)),
                        rs.getString("name"),
                        rs.getString("code"),
                        InitiatingBody.valueOf(rs.getString("initiating_body")),
                        HostKind.valueOf(rs.getString("host_kind"))));
    }

    /** The names of the models at home in the units (any year), newest first. */
    public List<Named> modelsAtHomeIn(Collection<Long> unitIds) {
        return jdbc.query(
                "SELECT id, name FROM movement_model WHERE home_unit_id IN (:units) ORDER BY started_on DESC, id DESC",
                new MapSqlParameterSource("units", unitIds),
                (rs, i) -> new Named(rs.getLong("id"), rs.getString("name")));
    }

    /** Stores a new model citing the source (its id is generated) and returns its id. */
    public long register(Model model, long sourceId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                """
                INSERT INTO movement_model (home_unit_id, source_id, model_type_id, name, initiating_body, host_kind,
                                            status, started_on, retired_on)
                VALUES (:home, :source, :type, :name, :body, :host, :status, :started, :retired)""",
                new MapSqlParameterSource("home", model.homeUnitId())
                        .addValue("source", sourceId)
                        .addValue("type", model.modelTypeId())
                        .addValue("name", model.name())
                        .addValue("body", model.initiatingBody().name())
                        .addValue("host", model.hostKind().name())
                        .addValue("status", model.status().name())
                        .addValue("started", model.startedOn())
                        .addValue("retired", model.retiredOn()),
                key,
                new String[] {"id"});
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /**
     * The sites started in the units between the two days archived under the batch and replaced by {@code sites};
     * then the models at home in {@code territory} started in those days and left without any site or exemplar are
     * archived and removed too.
     */
    public void replaceSites(
            Collection<Long> unitIds,
            Collection<Long> territory,
            LocalDate from,
            LocalDate to,
            List<Site> replacement,
            long sourceId,
            long batchId) {
        MapSqlParameterSource params = params(unitIds, from, to);
        sites.archiveAndDelete(SITES_STARTED, params, batchId);
        addSites(replacement, sourceId);
        models.archiveAndDelete(MODELS_WITHOUT_SITES, params.addValue("territory", territory), batchId);
    }

    /** The id after the highest stored, for a writer that numbers its new models itself. */
    public long nextModelId() {
        return Objects.requireNonNull(jdbc.getJdbcTemplate()
                        .queryForObject("SELECT COALESCE(MAX(id), 0) FROM movement_model", Long.class))
                + 1;
    }

    /** Adds models that carry their ids (see {@link #nextModelId}), citing the source; returns how many. */
    public int addModels(List<Model> added, long sourceId) {
        return models.insert(MODEL_COLUMNS, added, m -> new Object[] {
            Objects.requireNonNull(m.id(), "a model added in bulk carries its id"),
            m.homeUnitId(),
            sourceId,
            m.modelTypeId(),
            m.name(),
            m.initiatingBody(),
            m.hostKind(),
            m.status(),
            m.startedOn(),
            m.retiredOn()
        });
    }

    /** Adds sites, citing the source; returns how many. */
    public int addSites(List<Site> added, long sourceId) {
        return sites.insert(SITE_COLUMNS, added, s -> new Object[] {
            s.modelId(), s.unitId(), sourceId, s.siteName(), s.teams(), s.members(), s.startedOn(), s.endedOn()
        });
    }

    /** Adds exemplars, citing the source; returns how many. */
    public int addExemplars(List<Exemplar> added, long sourceId) {
        return exemplars.insert(
                List.of("unit_id", "source_id", "model_id", "name", "recipient_kind", "recognised_on"), added, e ->
                        new Object[] {e.unitId(), sourceId, e.modelId(), e.name(), e.kind(), e.recognisedOn()});
    }

    private static MapSqlParameterSource params(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return new MapSqlParameterSource("from", from).addValue("to", to).addValue("units", unitIds);
    }
}
