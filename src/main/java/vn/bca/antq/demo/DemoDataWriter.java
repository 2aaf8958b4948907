package vn.bca.antq.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.bca.antq.award.Awards;
import vn.bca.antq.coverage.Assessments;
import vn.bca.antq.festival.FestivalSites;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.ReportedValues;
import vn.bca.antq.movementmodel.ModelRegister;

/**
 * Writes a dataset through the owners of the fact tables, inside the caller's transaction. Values a seed already
 * holds are left out ({@link ReportedValues#addUncovered}), so seed facts are never touched or outdated.
 */
record DemoDataWriter(
        ModelRegister models, FestivalSites festivals, Assessments assessments, Awards awards, ReportedValues values) {

    /** Rows written per table. */
    Map<String, Integer> write(DemoDataset data, long sourceId) {
        // Models get their ids here so that sites and exemplars can refer to them without reading ids back.
        long firstId = models.nextModelId();
        Map<String, Integer> written = new LinkedHashMap<>();
        written.put(
                "movement_model",
                models.addModels(
                        data.models().stream()
                                .map(m -> new ModelRegister.Model(
                                        firstId + m.index(),
                                        m.homeUnitId(),
                                        m.modelTypeId(),
                                        m.name(),
                                        m.body(),
                                        m.hostKind(),
                                        m.status(),
                                        m.startedOn(),
                                        m.retiredOn()))
                                .toList(),
                        sourceId));
        written.put(
                "model_site",
                models.addSites(
                        data.sites().stream()
                                .map(s -> new ModelRegister.Site(
                                        firstId + s.modelIndex(),
                                        s.unitId(),
                                        s.siteName(),
                                        s.teams(),
                                        (long) s.members(),
                                        s.startedOn(),
                                        s.endedOn()))
                                .toList(),
                        sourceId));
        written.put(
                "festival_event",
                festivals.add(
                        data.festivals().stream()
                                .map(f -> new FestivalSites.Site(
                                        f.unitId(),
                                        f.siteName(),
                                        f.heldOn(),
                                        f.level(),
                                        (long) f.attendance(),
                                        f.centralLeaders(),
                                        f.giftsVnd(),
                                        (long) f.giftRecipients()))
                                .toList(),
                        sourceId));
        written.put(
                "safety_assessment",
                assessments.add(
                        data.assessments().stream()
                                .map(a -> new Assessments.Assessment(
                                        a.unitId(),
                                        a.year(),
                                        a.category(),
                                        a.total(),
                                        a.recognised(),
                                        a.basis(),
                                        a.assessedOn()))
                                .toList(),
                        sourceId));
        written.put(
                "exemplar",
                models.addExemplars(
                        data.exemplars().stream()
                                .map(e -> new ModelRegister.Exemplar(
                                        e.unitId(),
                                        e.modelIndex() == null ? null : firstId + e.modelIndex(),
                                        e.name(),
                                        e.kind(),
                                        e.recognisedOn()))
                                .toList(),
                        sourceId));
        written.put(
                "award",
                awards.add(
                        data.awards().stream()
                                .map(a -> new Awards.Award(
                                        a.unitId(),
                                        a.awardedOn(),
                                        a.form(),
                                        a.issuer(),
                                        a.kind(),
                                        a.quantity(),
                                        a.reason()))
                                .toList(),
                        sourceId));
        written.put(
                "indicator_value",
                values.addUncovered(
                        data.values().stream()
                                .map(v -> new ReportedValues.Value(
                                        Indicator.valueOf(v.indicatorCode()),
                                        v.unitId(),
                                        v.periodStart(),
                                        v.periodEnd(),
                                        v.numerator(),
                                        v.denominator()))
                                .toList(),
                        sourceId));
        return written;
    }
}
