package vn.bca.antq.indicator;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.award.AwardFacts;
import vn.bca.antq.award.RecipientKind;
import vn.bca.antq.base.FigureQuery;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.base.text.Translations;
import vn.bca.antq.coverage.Category;
import vn.bca.antq.coverage.CoverageFacts;
import vn.bca.antq.festival.FestivalFacts;
import vn.bca.antq.movementmodel.HostKind;
import vn.bca.antq.movementmodel.InitiatingBody;
import vn.bca.antq.movementmodel.ModelFacts;

/**
 * The indicator catalogue: every figure the product shows is defined here once, with what it counts,
 * how it aggregates and where its values come from. Reported totals (table indicator_value) exist for every
 * indicator; those with a detail query are also derived from a fact table, through the query of the feature that owns
 * the table. Names are translations ({@code indicator.<code>} in vaadin-i18n).
 */
public enum Indicator {
    COVERAGE_RESIDENTIAL_AREAS(
            IndicatorGroup.COVERAGE,
            Quantity.PERCENT,
            Aggregation.RATIO,
            TimeBasis.STOCK,
            CoverageFacts.recognised(Category.RESIDENTIAL_AREA)),
    COVERAGE_COMMUNES(
            IndicatorGroup.COVERAGE,
            Quantity.PERCENT,
            Aggregation.RATIO,
            TimeBasis.STOCK,
            CoverageFacts.recognised(Category.COMMUNE)),
    COVERAGE_AGENCIES(
            IndicatorGroup.COVERAGE,
            Quantity.PERCENT,
            Aggregation.RATIO,
            TimeBasis.STOCK,
            CoverageFacts.recognised(Category.AGENCY)),
    COVERAGE_ENTERPRISES(
            IndicatorGroup.COVERAGE,
            Quantity.PERCENT,
            Aggregation.RATIO,
            TimeBasis.STOCK,
            CoverageFacts.recognised(Category.ENTERPRISE)),
    COVERAGE_SCHOOLS(
            IndicatorGroup.COVERAGE,
            Quantity.PERCENT,
            Aggregation.RATIO,
            TimeBasis.STOCK,
            CoverageFacts.recognised(Category.SCHOOL)),
    MODELS(IndicatorGroup.MODELS, Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, ModelFacts.running()),
    MODELS_BY_PROVINCIAL_PARTY_COMMITTEE(
            IndicatorGroup.MODELS,
            Quantity.COUNT,
            Aggregation.SUM,
            TimeBasis.STOCK,
            ModelFacts.runningLaunchedBy(InitiatingBody.PROVINCIAL_PARTY_COMMITTEE)),
    MODELS_BY_PROVINCIAL_PEOPLES_COMMITTEE(
            IndicatorGroup.MODELS,
            Quantity.COUNT,
            Aggregation.SUM,
            TimeBasis.STOCK,
            ModelFacts.runningLaunchedBy(InitiatingBody.PROVINCIAL_PEOPLES_COMMITTEE)),
    MODELS_BY_PROVINCIAL_POLICE(
            IndicatorGroup.MODELS,
            Quantity.COUNT,
            Aggregation.SUM,
            TimeBasis.STOCK,
            ModelFacts.runningLaunchedBy(InitiatingBody.PROVINCIAL_POLICE)),
    MODELS_BY_LOCAL_BODIES(
            IndicatorGroup.MODELS,
            Quantity.COUNT,
            Aggregation.SUM,
            TimeBasis.STOCK,
            ModelFacts.runningLaunchedBy(InitiatingBody.LOCAL)),
    MODELS_AT_COMMUNES(
            IndicatorGroup.MODELS,
            Quantity.COUNT,
            Aggregation.SUM,
            TimeBasis.STOCK,
            ModelFacts.runningHostedBy(EnumSet.of(HostKind.COMMUNE, HostKind.RESIDENTIAL_AREA))),
    MODELS_AT_AGENCIES_ENTERPRISES_SCHOOLS(
            IndicatorGroup.MODELS,
            Quantity.COUNT,
            Aggregation.SUM,
            TimeBasis.STOCK,
            ModelFacts.runningHostedBy(EnumSet.of(HostKind.AGENCY, HostKind.ENTERPRISE, HostKind.SCHOOL))),
    MODELS_REPORTED(IndicatorGroup.MODELS, Quantity.COUNT, Aggregation.NONE, TimeBasis.STOCK, null),
    MODELS_REPORTED_AT_COMMUNES(IndicatorGroup.MODELS, Quantity.COUNT, Aggregation.NONE, TimeBasis.STOCK, null),
    MODELS_REPORTED_AT_INSTITUTIONS(IndicatorGroup.MODELS, Quantity.COUNT, Aggregation.NONE, TimeBasis.STOCK, null),
    MODEL_SITES(IndicatorGroup.MODELS, Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, ModelFacts.sites()),
    MODEL_TEAMS(IndicatorGroup.MODELS, Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, ModelFacts.siteTeams()),
    EXEMPLARS(IndicatorGroup.MODELS, Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, ModelFacts.exemplars()),
    SELF_MANAGED_TEAMS(IndicatorGroup.MODELS, Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, null),
    MODEL_ROADS(IndicatorGroup.MODELS, Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, null),
    BOUNDARY_CLUSTERS(IndicatorGroup.MODELS, Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, null),
    NEIGHBOURHOOD_PROTECTION_TEAMS(IndicatorGroup.MODELS, Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, null),
    NEIGHBOURHOOD_PROTECTION_MEMBERS(IndicatorGroup.MODELS, Quantity.PERSONS, Aggregation.SUM, TimeBasis.STOCK, null),
    SOCIAL_SECURITY_TEAMS(IndicatorGroup.MODELS, Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, null),
    FESTIVAL_SITES(IndicatorGroup.FESTIVAL, Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, FestivalFacts.sites()),
    FESTIVAL_SITES_CENTRAL_LEADERS(
            IndicatorGroup.FESTIVAL,
            Quantity.COUNT,
            Aggregation.SUM,
            TimeBasis.FLOW,
            FestivalFacts.sitesWithCentralLeaders()),
    FESTIVAL_ATTENDANCE(
            IndicatorGroup.FESTIVAL, Quantity.PERSONS, Aggregation.SUM, TimeBasis.FLOW, FestivalFacts.attendance()),
    FESTIVAL_GIFTS_VND(
            IndicatorGroup.FESTIVAL, Quantity.VND, Aggregation.SUM, TimeBasis.FLOW, FestivalFacts.giftsVnd()),
    PROPAGANDA_BANNERS(IndicatorGroup.PROPAGANDA, Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    PROPAGANDA_SIGNBOARDS(IndicatorGroup.PROPAGANDA, Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    PHOTO_EXHIBITIONS(IndicatorGroup.PROPAGANDA, Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    LEGAL_CLASSES(IndicatorGroup.PROPAGANDA, Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    LEGAL_CLASS_ATTENDANCES(IndicatorGroup.PROPAGANDA, Quantity.PERSONS, Aggregation.SUM, TimeBasis.FLOW, null),
    BROADCAST_REPORTS(IndicatorGroup.PROPAGANDA, Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    NEWS_ARTICLES(IndicatorGroup.PROPAGANDA, Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    CONTESTS(IndicatorGroup.PROPAGANDA, Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    CONTEST_PARTICIPANTS(IndicatorGroup.PROPAGANDA, Quantity.PERSONS, Aggregation.SUM, TimeBasis.FLOW, null),
    CONTACTS_PRESTIGIOUS_PERSONS(IndicatorGroup.MOBILISATION, Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    CONTACTS_RELIGIOUS_DIGNITARIES(IndicatorGroup.MOBILISATION, Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    RESIDENT_PARTICIPATION(IndicatorGroup.MOBILISATION, Quantity.PERCENT, Aggregation.NONE, TimeBasis.STOCK, null),
    REINTEGRATED_OFFENDERS(IndicatorGroup.REINTEGRATION, Quantity.PERSONS, Aggregation.SUM, TimeBasis.FLOW, null),
    REINTEGRATION_LOANS_OR_JOBS(IndicatorGroup.REINTEGRATION, Quantity.PERSONS, Aggregation.SUM, TimeBasis.FLOW, null),
    CULTURAL_RESIDENTIAL_AREAS(IndicatorGroup.CULTURE, Quantity.PERCENT, Aggregation.RATIO, TimeBasis.STOCK, null),
    CULTURAL_FAMILIES(IndicatorGroup.CULTURE, Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, null),
    VILLAGE_COVENANTS(IndicatorGroup.CULTURE, Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, null),
    FIVE_NO_RESIDENTIAL_AREAS(IndicatorGroup.CULTURE, Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, null),
    DOCUMENTS_ISSUED(IndicatorGroup.DIRECTION, Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    POLICE_DOCUMENTS_ISSUED(IndicatorGroup.DIRECTION, Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    AWARDS_COLLECTIVES(
            IndicatorGroup.AWARDS,
            Quantity.COUNT,
            Aggregation.SUM,
            TimeBasis.FLOW,
            AwardFacts.awarded(RecipientKind.COLLECTIVE)),
    AWARDS_INDIVIDUALS(
            IndicatorGroup.AWARDS,
            Quantity.PERSONS,
            Aggregation.SUM,
            TimeBasis.FLOW,
            AwardFacts.awarded(RecipientKind.INDIVIDUAL));

    private final IndicatorGroup group;
    private final Quantity quantity;
    private final Aggregation aggregation;
    private final TimeBasis timeBasis;
    private final @Nullable FigureQuery detail;

    Indicator(
            IndicatorGroup group,
            Quantity quantity,
            Aggregation aggregation,
            TimeBasis timeBasis,
            @Nullable FigureQuery detail) {
        this.group = group;
        this.quantity = quantity;
        this.aggregation = aggregation;
        this.timeBasis = timeBasis;
        this.detail = detail;
    }

    public String code() {
        return name();
    }

    /** The indicator with this code, written in any case and with '-' or '_' ("festival-sites", "FESTIVAL_SITES"). */
    public static Optional<Indicator> ofCode(String code) {
        String wanted = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(i -> i.name().equals(wanted)).findFirst();
    }

    public IndicatorGroup group() {
        return group;
    }

    /** The group's indicators in catalogue order (the coverage group: residential areas, communes, agencies, enterprises, schools). */
    public static List<Indicator> inGroup(IndicatorGroup group) {
        return Arrays.stream(values()).filter(i -> i.group == group).toList();
    }

    /**
     * The indicators leadership sets targets for (monitoring), and a province's target file names: the coverage rates,
     * the models running and the festival sites.
     */
    public static List<Indicator> withTargets() {
        return List.of(
                COVERAGE_COMMUNES,
                COVERAGE_RESIDENTIAL_AREAS,
                COVERAGE_AGENCIES,
                COVERAGE_ENTERPRISES,
                COVERAGE_SCHOOLS,
                MODELS,
                FESTIVAL_SITES);
    }

    /** The indicator's name in the language (translation key {@code indicator.<code>}). */
    public String name(Language language) {
        return Translations.get(language, "indicator." + name());
    }

    public Quantity quantity() {
        return quantity;
    }

    public Aggregation aggregation() {
        return aggregation;
    }

    public TimeBasis timeBasis() {
        return timeBasis;
    }

    /** How a new commune carries this indicator's figures of the old units it was formed from. */
    public Restatement restatement() {
        return this == COVERAGE_COMMUNES ? Restatement.SHARE_OF_PREDECESSORS : Restatement.APPORTIONED;
    }

    /** Known only from reported totals (table indicator_value): no detail table derives it. */
    public boolean reportedOnly() {
        return detail == null;
    }

    /** The query deriving this indicator from a fact table, or null if only reported totals exist. */
    @Nullable
    FigureQuery detail() {
        return detail;
    }
}
