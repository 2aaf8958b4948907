package vn.bca.antq.festival;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.bca.antq.base.db.FactTable;

/**
 * The stored festival sites (table {@code festival_event}): what intake reads and replaces and the demo data adds.
 * Figures are counted by {@link FestivalFacts}, lists shown by {@link FestivalService}.
 */
@Repository
public class FestivalSites {

    /** One site's festival day as stored. */
    public record Site(
            long unitId,
            String siteName,
            LocalDate heldOn,
            @Nullable ShowcaseLevel showcaseLevel,
            @Nullable Long attendance,
            boolean centralLeadersPresent,
            @Nullable Long giftsVnd,
            @Nullable Long giftRecipients) {}

    static final String TABLE = "festival_event";
    private static final String HELD_IN = "held_on BETWEEN :from AND :to AND unit_id IN (:units)";
    private static final List<String> COLUMNS = List.of(
            "unit_id",
            "site_name",
            "held_on",
            "showcase_level",
            "attendance",
            "central_leaders_present",
            "gifts_vnd",
            "gift_recipients");

    private final NamedParameterJdbcTemplate jdbc;
    private final FactTable table;

    FestivalSites(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        List<String> history = new ArrayList<>(List.of("id", "source_id"));
        history.addAll(COLUMNS);
        this.table = new FactTable(jdbc, TABLE, history);
    }

    /** The sites of the units held between the two days (inclusive), by day and name. */
    public List<Site> heldIn(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return jdbc.query(
                "SELECT " + String.join(", ", COLUMNS) + " FROM " + TABLE + " WHERE " + HELD_IN
                        + " ORDER BY held_on, site_name",
                params(unitIds, from, to),
                (rs, i) -> new Site(
                        rs.getLong("unit_id"),
                        rs.getString("site_name"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("showcase_level") == null
                                ? null
                                : ShowcaseLevel.valueOf(rs.getString("showcase_level")),
                        rs.getObject("attendance", Long.class),
                        rs.getBoolean("central_leaders_present"),
                        rs.getObject("gifts_vnd", Long.class),
                        rs.getObject("gift_recipients", Long.class)));
    }

    /** The units' sites held between the two days archived under the batch and replaced by {@code sites}. */
    public void replace(
            Collection<Long> unitIds, LocalDate from, LocalDate to, List<Site> sites, long sourceId, long batchId) {
        table.archiveAndDelete(HELD_IN, params(unitIds, from, to), batchId);
        add(sites, sourceId);
    }

    /** Adds the sites, citing the source; returns how many. */
    public int add(List<Site> sites, long sourceId) {
        List<String> columns = new ArrayList<>(COLUMNS);
        columns.add("source_id");
        return table.insert(columns, sites, s -> new Object[] {
            s.unitId(),
            s.siteName(),
            s.heldOn(),
            s.showcaseLevel(),
            s.attendance(),
            s.centralLeadersPresent(),
            s.giftsVnd(),
            s.giftRecipients(),
            sourceId
        });
    }

    private static MapSqlParameterSource params(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return new MapSqlParameterSource("from", from).addValue("to", to).addValue("units", unitIds);
    }
}
