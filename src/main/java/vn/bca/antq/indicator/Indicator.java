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
import vn.bca.antq.coverage.Category;
import vn.bca.antq.coverage.CoverageFacts;
import vn.bca.antq.festival.FestivalFacts;
import vn.bca.antq.movementmodel.HostKind;
import vn.bca.antq.movementmodel.InitiatingBody;
import vn.bca.antq.movementmodel.ModelFacts;

/**
 * The indicator catalogue: every figure the product shows is defined here once, with its names, what it counts,
 * how it aggregates and where its values come from. Reported totals (table indicator_value) exist for every
 * indicator; those with a detail query are also derived from a fact table, through the query of the feature that owns
 * the table.
 */
public enum Indicator {
    COVERAGE_RESIDENTIAL_AREAS(IndicatorGroup.COVERAGE, "Khu dân cư đạt chuẩn “An toàn về ANTT”", "Residential areas recognised safe",
            Quantity.PERCENT, Aggregation.RATIO, TimeBasis.STOCK, CoverageFacts.recognised(Category.RESIDENTIAL_AREA)),
    COVERAGE_COMMUNES(IndicatorGroup.COVERAGE, "Xã, phường, thị trấn đạt chuẩn “An toàn về ANTT”", "Communes recognised safe",
            Quantity.PERCENT, Aggregation.RATIO, TimeBasis.STOCK, CoverageFacts.recognised(Category.COMMUNE)),
    COVERAGE_AGENCIES(IndicatorGroup.COVERAGE, "Cơ quan đạt chuẩn “An toàn về ANTT”", "Agencies recognised safe",
            Quantity.PERCENT, Aggregation.RATIO, TimeBasis.STOCK, CoverageFacts.recognised(Category.AGENCY)),
    COVERAGE_ENTERPRISES(IndicatorGroup.COVERAGE, "Doanh nghiệp đạt chuẩn “An toàn về ANTT”", "Enterprises recognised safe",
            Quantity.PERCENT, Aggregation.RATIO, TimeBasis.STOCK, CoverageFacts.recognised(Category.ENTERPRISE)),
    COVERAGE_SCHOOLS(IndicatorGroup.COVERAGE, "Nhà trường đạt chuẩn “An toàn về ANTT”", "Schools recognised safe",
            Quantity.PERCENT, Aggregation.RATIO, TimeBasis.STOCK, CoverageFacts.recognised(Category.SCHOOL)),
    MODELS(IndicatorGroup.MODELS, "Mô hình đang hoạt động", "Models in operation",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, ModelFacts.running()),
    MODELS_BY_PROVINCIAL_PARTY_COMMITTEE(IndicatorGroup.MODELS, "Mô hình do Tỉnh ủy phát động", "Models launched by the provincial Party committee",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, ModelFacts.runningLaunchedBy(InitiatingBody.PROVINCIAL_PARTY_COMMITTEE)),
    MODELS_BY_PROVINCIAL_PEOPLES_COMMITTEE(IndicatorGroup.MODELS, "Mô hình do UBND tỉnh phát động", "Models launched by the provincial People's Committee",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, ModelFacts.runningLaunchedBy(InitiatingBody.PROVINCIAL_PEOPLES_COMMITTEE)),
    MODELS_BY_PROVINCIAL_POLICE(IndicatorGroup.MODELS, "Mô hình do Công an tỉnh và các ban, ngành xây dựng", "Models built by the provincial police and departments",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, ModelFacts.runningLaunchedBy(InitiatingBody.PROVINCIAL_POLICE)),
    MODELS_BY_LOCAL_BODIES(IndicatorGroup.MODELS, "Mô hình do cấp huyện chỉ đạo, cấp xã xây dựng", "Models directed by districts, built by communes",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, ModelFacts.runningLaunchedBy(InitiatingBody.LOCAL)),
    MODELS_AT_COMMUNES(IndicatorGroup.MODELS, "Mô hình ở xã, phường, thị trấn và khu dân cư", "Models in communes and residential areas",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, ModelFacts.runningHostedBy(EnumSet.of(HostKind.COMMUNE, HostKind.RESIDENTIAL_AREA))),
    MODELS_AT_AGENCIES_ENTERPRISES_SCHOOLS(IndicatorGroup.MODELS, "Mô hình ở cơ quan, doanh nghiệp, nhà trường", "Models in agencies, enterprises and schools",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, ModelFacts.runningHostedBy(EnumSet.of(HostKind.AGENCY, HostKind.ENTERPRISE, HostKind.SCHOOL))),
    MODELS_REPORTED(IndicatorGroup.MODELS, "Mô hình theo báo cáo của địa phương (kể cả mô hình nhân rộng)",
            "Models as the locality reports them (replications included)",
            Quantity.COUNT, Aggregation.NONE, TimeBasis.STOCK, null),
    MODELS_REPORTED_AT_COMMUNES(IndicatorGroup.MODELS, "Mô hình ở xã, phường, thị trấn theo báo cáo của địa phương",
            "Models in communes as the locality reports them",
            Quantity.COUNT, Aggregation.NONE, TimeBasis.STOCK, null),
    MODELS_REPORTED_AT_INSTITUTIONS(IndicatorGroup.MODELS,
            "Mô hình ở cơ quan, doanh nghiệp, nhà trường theo báo cáo của địa phương",
            "Models in agencies, enterprises and schools as the locality reports them",
            Quantity.COUNT, Aggregation.NONE, TimeBasis.STOCK, null),
    MODEL_SITES(IndicatorGroup.MODELS, "Điểm nhân rộng mô hình", "Model replication sites",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, ModelFacts.sites()),
    MODEL_TEAMS(IndicatorGroup.MODELS, "Tổ vận hành điểm mô hình", "Teams running model sites",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, ModelFacts.siteTeams()),
    EXEMPLARS(IndicatorGroup.MODELS, "Điển hình tiên tiến", "Advanced exemplars",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, ModelFacts.exemplars()),
    SELF_MANAGED_TEAMS(IndicatorGroup.MODELS, "Tổ tự quản về an ninh, trật tự", "Self-managed security teams",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, null),
    MODEL_ROADS(IndicatorGroup.MODELS, "Tuyến đường kiểu mẫu về trật tự, an toàn giao thông", "Model roads for traffic safety",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, null),
    BOUNDARY_CLUSTERS(IndicatorGroup.MODELS, "Cụm liên kết an ninh, trật tự địa bàn giáp ranh", "Boundary-area security clusters",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, null),
    NEIGHBOURHOOD_PROTECTION_TEAMS(IndicatorGroup.MODELS, "Tổ bảo vệ dân phố", "Neighbourhood protection teams",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, null),
    NEIGHBOURHOOD_PROTECTION_MEMBERS(IndicatorGroup.MODELS, "Thành viên tổ bảo vệ dân phố", "Neighbourhood protection team members",
            Quantity.PERSONS, Aggregation.SUM, TimeBasis.STOCK, null),
    SOCIAL_SECURITY_TEAMS(IndicatorGroup.MODELS, "Tổ an ninh xã hội", "Social security teams",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, null),
    FESTIVAL_SITES(IndicatorGroup.FESTIVAL, "Điểm tổ chức Ngày hội", "Festival sites",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, FestivalFacts.sites()),
    FESTIVAL_SITES_CENTRAL_LEADERS(IndicatorGroup.FESTIVAL, "Điểm Ngày hội có lãnh đạo Trung ương dự", "Festival sites attended by central leaders",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, FestivalFacts.sitesWithCentralLeaders()),
    FESTIVAL_ATTENDANCE(IndicatorGroup.FESTIVAL, "Lượt người dự Ngày hội", "Festival attendance",
            Quantity.PERSONS, Aggregation.SUM, TimeBasis.FLOW, FestivalFacts.attendance()),
    FESTIVAL_GIFTS_VND(IndicatorGroup.FESTIVAL, "Giá trị quà tặng tại Ngày hội", "Value of gifts at festivals",
            Quantity.VND, Aggregation.SUM, TimeBasis.FLOW, FestivalFacts.giftsVnd()),
    PROPAGANDA_BANNERS(IndicatorGroup.PROPAGANDA, "Băng rôn, khẩu hiệu, pa nô, áp phích", "Banners, slogans, panels and posters",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    PROPAGANDA_SIGNBOARDS(IndicatorGroup.PROPAGANDA, "Biển báo tuyên truyền", "Propaganda signboards",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    PHOTO_EXHIBITIONS(IndicatorGroup.PROPAGANDA, "Điểm triển lãm ảnh", "Photo exhibition sites",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    LEGAL_CLASSES(IndicatorGroup.PROPAGANDA, "Lớp tuyên truyền, giáo dục pháp luật", "Legal education classes",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    LEGAL_CLASS_ATTENDANCES(IndicatorGroup.PROPAGANDA, "Lượt người dự lớp tuyên truyền", "Legal education class attendances",
            Quantity.PERSONS, Aggregation.SUM, TimeBasis.FLOW, null),
    BROADCAST_REPORTS(IndicatorGroup.PROPAGANDA, "Phóng sự phát thanh, truyền hình", "Broadcast reports",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    NEWS_ARTICLES(IndicatorGroup.PROPAGANDA, "Tin, bài", "News articles",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    CONTESTS(IndicatorGroup.PROPAGANDA, "Hội thi sân khấu hóa", "Staged contests",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    CONTEST_PARTICIPANTS(IndicatorGroup.PROPAGANDA, "Người tham gia hội thi", "Contest participants",
            Quantity.PERSONS, Aggregation.SUM, TimeBasis.FLOW, null),
    CONTACTS_PRESTIGIOUS_PERSONS(IndicatorGroup.MOBILISATION, "Lượt tiếp xúc người có uy tín", "Contacts with prestigious persons",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    CONTACTS_RELIGIOUS_DIGNITARIES(IndicatorGroup.MOBILISATION, "Lượt tiếp xúc chức sắc, chức việc tôn giáo", "Contacts with religious dignitaries",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    RESIDENT_PARTICIPATION(IndicatorGroup.MOBILISATION, "Tỷ lệ Nhân dân tham gia phong trào", "Residents taking part",
            Quantity.PERCENT, Aggregation.NONE, TimeBasis.STOCK, null),
    REINTEGRATED_OFFENDERS(IndicatorGroup.REINTEGRATION, "Người lầm lỗi được giúp đỡ tiến bộ", "Offenders helped to reintegrate",
            Quantity.PERSONS, Aggregation.SUM, TimeBasis.FLOW, null),
    REINTEGRATION_LOANS_OR_JOBS(IndicatorGroup.REINTEGRATION, "Người được hỗ trợ vay vốn, việc làm", "Offenders given loans or jobs",
            Quantity.PERSONS, Aggregation.SUM, TimeBasis.FLOW, null),
    CULTURAL_RESIDENTIAL_AREAS(IndicatorGroup.CULTURE, "Khu dân cư văn hóa", "Cultural residential areas",
            Quantity.PERCENT, Aggregation.RATIO, TimeBasis.STOCK, null),
    CULTURAL_FAMILIES(IndicatorGroup.CULTURE, "Hộ gia đình văn hóa", "Cultural families",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, null),
    VILLAGE_COVENANTS(IndicatorGroup.CULTURE, "Khu dân cư có hương ước, quy ước", "Residential areas with village covenants",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, null),
    FIVE_NO_RESIDENTIAL_AREAS(IndicatorGroup.CULTURE, "Khu dân cư “5 không”", "Five-no residential areas",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.STOCK, null),
    DOCUMENTS_ISSUED(IndicatorGroup.DIRECTION, "Văn bản chỉ đạo của cấp ủy, chính quyền", "Direction documents of Party committees and authorities",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    POLICE_DOCUMENTS_ISSUED(IndicatorGroup.DIRECTION, "Công văn của Công an tỉnh", "Letters of the provincial police",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, null),
    AWARDS_COLLECTIVES(IndicatorGroup.AWARDS, "Tập thể được khen thưởng", "Collectives awarded",
            Quantity.COUNT, Aggregation.SUM, TimeBasis.FLOW, AwardFacts.awarded(RecipientKind.COLLECTIVE)),
    AWARDS_INDIVIDUALS(IndicatorGroup.AWARDS, "Cá nhân được khen thưởng", "Individuals awarded",
            Quantity.PERSONS, Aggregation.SUM, TimeBasis.FLOW, AwardFacts.awarded(RecipientKind.INDIVIDUAL));

    private final IndicatorGroup group;
    private final String nameVi;
    private final String nameEn;
    private final Quantity quantity;
    private final Aggregation aggregation;
    private final TimeBasis timeBasis;
    private final @Nullable FigureQuery detail;

    Indicator(IndicatorGroup group, String nameVi, String nameEn, Quantity quantity, Aggregation aggregation,
              TimeBasis timeBasis, @Nullable FigureQuery detail) {
        this.group = group;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
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

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
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
    @Nullable FigureQuery detail() {
        return detail;
    }
}
