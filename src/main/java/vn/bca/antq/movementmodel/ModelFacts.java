package vn.bca.antq.movementmodel;

import java.util.Collection;
import java.util.Map;
import vn.bca.antq.base.FigureQuery;

/**
 * The figures of tables {@code movement_model} (counted at their home unit), {@code model_site} (at the site's unit)
 * and {@code exemplar}: stocks, counted on the day they are taken.
 */
public final class ModelFacts {

    /** A model runs on the day {@code :asOf} from its start until it is retired: the one rule for every count of models. */
    static final String RUNNING_ON_THE_DAY = "started_on <= :asOf AND (retired_on IS NULL OR retired_on > :asOf)";

    private ModelFacts() {}

    /** Models running on the day. */
    public static FigureQuery running() {
        return models("TRUE", Map.of());
    }

    /** Models running on the day that this body launched. */
    public static FigureQuery runningLaunchedBy(InitiatingBody body) {
        return models("initiating_body = :body", Map.of("body", body.name()));
    }

    /** Models running on the day hosted by one of these kinds of place. */
    public static FigureQuery runningHostedBy(Collection<HostKind> hosts) {
        return models(
                "host_kind IN (:hosts)",
                Map.of("hosts", hosts.stream().map(HostKind::name).sorted().toList()));
    }

    /** Replication sites running on the day. */
    public static FigureQuery sites() {
        return sites("COUNT(*)");
    }

    /** Teams of the replication sites running on the day. */
    public static FigureQuery siteTeams() {
        return sites("SUM(teams)");
    }

    /** Exemplars recognised by the day. */
    public static FigureQuery exemplars() {
        return new FigureQuery("exemplar", """
                SELECT unit_id, source_id, NULL ym, COUNT(*) num, NULL den, NULL rate, COUNT(*) n, 0 is_total
                FROM exemplar WHERE recognised_on <= :asOf
                GROUP BY unit_id, source_id""", Map.of());
    }

    private static FigureQuery models(String condition, Map<String, Object> params) {
        return new FigureQuery("movement_model", """
                SELECT home_unit_id unit_id, source_id, NULL ym, COUNT(*) num, NULL den, NULL rate, COUNT(*) n, 0 is_total
                FROM movement_model
                WHERE %s AND %s
                GROUP BY home_unit_id, source_id""".formatted(RUNNING_ON_THE_DAY, condition), params);
    }

    private static FigureQuery sites(String numerator) {
        return new FigureQuery("model_site", """
                SELECT unit_id, source_id, NULL ym, %s num, NULL den, NULL rate, COUNT(*) n, 0 is_total
                FROM model_site WHERE started_on <= :asOf AND (ended_on IS NULL OR ended_on > :asOf)
                GROUP BY unit_id, source_id""".formatted(numerator), Map.of());
    }
}
