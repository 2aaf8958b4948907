package vn.bca.antq.award;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.bca.antq.base.db.FactTable;

/** The stored awards (table {@code award}), which the demo data adds; figures are counted by {@link AwardFacts}. */
@Repository
public class Awards {

    /** An award of a form by an issuer to a quantity of recipients of one kind in a unit. */
    public record Award(
            long unitId,
            LocalDate awardedOn,
            AwardForm form,
            Issuer issuer,
            RecipientKind kind,
            int quantity,
            String reason) {}

    private final FactTable table;

    Awards(NamedParameterJdbcTemplate jdbc) {
        this.table = new FactTable(jdbc, "award", List.of());
    }

    /** Adds awards, citing the source; returns how many. */
    public int add(List<Award> awards, long sourceId) {
        return table.insert(
                List.of("unit_id", "source_id", "awarded_on", "form", "issuer", "recipient_kind", "quantity", "reason"),
                awards,
                a -> new Object[] {
                    a.unitId(), sourceId, a.awardedOn(), a.form(), a.issuer(), a.kind(), a.quantity(), a.reason()
                });
    }
}
