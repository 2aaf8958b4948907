package vn.bca.antq.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.award.AwardForm;
import vn.bca.antq.award.Issuer;
import vn.bca.antq.award.RecipientKind;
import vn.bca.antq.coverage.Category;
import vn.bca.antq.coverage.LegalBasis;
import vn.bca.antq.festival.ShowcaseLevel;
import vn.bca.antq.movementmodel.HostKind;
import vn.bca.antq.movementmodel.InitiatingBody;
import vn.bca.antq.movementmodel.ModelStatus;

/** The whole demo dataset as plain rows, in a fixed order, before anything is written. */
record DemoDataset(
        List<ModelRow> models,
        List<SiteRow> sites,
        List<FestivalRow> festivals,
        List<AssessmentRow> assessments,
        List<ExemplarRow> exemplars,
        List<AwardRow> awards,
        List<ValueRow> values) {

    /** A model; {@code index} is its position in {@link #models}, by which sites and exemplars refer to it. */
    record ModelRow(
            int index,
            long homeUnitId,
            long modelTypeId,
            String name,
            InitiatingBody body,
            HostKind hostKind,
            ModelStatus status,
            LocalDate startedOn,
            @Nullable LocalDate retiredOn) {}

    record SiteRow(
            int modelIndex,
            long unitId,
            String siteName,
            int teams,
            int members,
            LocalDate startedOn,
            @Nullable LocalDate endedOn) {}

    record FestivalRow(
            long unitId,
            String siteName,
            LocalDate heldOn,
            ShowcaseLevel level,
            int attendance,
            boolean centralLeaders,
            long giftsVnd,
            int giftRecipients) {}

    record AssessmentRow(
            long unitId,
            int year,
            Category category,
            int total,
            int recognised,
            LegalBasis basis,
            LocalDate assessedOn) {}

    record ExemplarRow(
            long unitId, @Nullable Integer modelIndex, String name, RecipientKind kind, LocalDate recognisedOn) {}

    record AwardRow(
            long unitId,
            LocalDate awardedOn,
            AwardForm form,
            Issuer issuer,
            RecipientKind kind,
            int quantity,
            String reason) {}

    /** A reported counter, stored through {@code indicator.ReportedValues}. */
    record ValueRow(
            String indicatorCode,
            long unitId,
            LocalDate periodStart,
            LocalDate periodEnd,
            long numerator,
            @Nullable Long denominator) {}

    Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("movement_model", models.size());
        counts.put("model_site", sites.size());
        counts.put("festival_event", festivals.size());
        counts.put("safety_assessment", assessments.size());
        counts.put("exemplar", exemplars.size());
        counts.put("award", awards.size());
        counts.put("indicator_value", values.size());
        return counts;
    }

    /** SHA-256 over every row: equal hashes mean equal content (records print all their fields). */
    String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (List<? extends Record> rows :
                    List.of(models, sites, festivals, assessments, exemplars, awards, values)) {
                for (Record row : rows) {
                    digest.update(row.toString().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
