package vn.bca.antq.intake;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.base.text.Translations;
import vn.bca.antq.coverage.Category;
import vn.bca.antq.festival.ShowcaseLevel;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.intake.Column.Choice;

/**
 * What a province submits for a year, with the columns of its file and its deadline. Deadlines follow the reporting
 * cycle in docs/DOMAIN.md: assessment results by 30/11 (residential areas already by 20/11), festival results before
 * the national review in November (31/10), the models' new sites and the other counters for the provincial year-end
 * review (15/12). A province's targets for its communes are set by the end of the first quarter (31/03); they are set,
 * not reported, so completeness and its alerts do not watch them.
 */
public enum Dataset {
    SAFETY(MonthDay.of(11, 30), safetyColumns()),
    FESTIVAL(MonthDay.of(10, 31), festivalColumns()),
    MODELS(MonthDay.of(12, 15), modelColumns()),
    COUNTERS(MonthDay.of(12, 15), counterColumns()),
    TARGETS(MonthDay.of(3, 31), targetColumns());

    public static final String UNIT_CODE = "unit_code";
    public static final String UNIT_NAME = "unit_name";
    /** The target file's value column; blank removes the target. */
    public static final String TARGET = "target";

    private final MonthDay deadline;
    private final List<Column> columns;

    Dataset(MonthDay deadline, List<Column> columns) {
        this.deadline = deadline;
        this.columns = List.copyOf(columns);
    }

    /** The dataset's name in the language (translation key {@code dataset.<name>}). */
    public String name(Language language) {
        return Translations.get(language, "dataset." + name());
    }

    /** Figures the province reports each year (watched for completeness), as opposed to targets it sets. */
    public boolean isReported() {
        return this != TARGETS;
    }

    public static List<Dataset> reported() {
        return Arrays.stream(values()).filter(Dataset::isReported).toList();
    }

    public LocalDate deadline(int year) {
        return deadline.atYear(year);
    }

    public List<Column> columns() {
        return columns;
    }

    public Column column(String key) {
        return columns.stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name() + " has no column " + key));
    }

    /**
     * Whether a row of a sheet is this dataset's header row: it names the unit code column and at least one other of
     * the dataset's columns. A title, an instructions sheet or a code list does not.
     */
    public boolean isHeaderRow(List<String> cells) {
        boolean code = cells.stream().anyMatch(column(UNIT_CODE)::isNamedBy);
        long named = columns.stream()
                .filter(c -> cells.stream().anyMatch(c::isNamedBy))
                .count();
        return code && named >= 2;
    }

    /** The two columns of a category in the safety file: total units and recognised units. */
    public static String total(Category category) {
        return category.name() + ".total";
    }

    public static String recognised(Category category) {
        return category.name() + ".recognised";
    }

    static String categoryVi(Category category) {
        return switch (category) {
            case RESIDENTIAL_AREA -> "Khu dân cư";
            case COMMUNE -> "Xã, phường, thị trấn";
            case AGENCY -> "Cơ quan";
            case ENTERPRISE -> "Doanh nghiệp";
            case SCHOOL -> "Nhà trường";
        };
    }

    static String categoryEn(Category category) {
        return switch (category) {
            case RESIDENTIAL_AREA -> "Residential areas";
            case COMMUNE -> "Communes";
            case AGENCY -> "Agencies";
            case ENTERPRISE -> "Enterprises";
            case SCHOOL -> "Schools";
        };
    }

    private static List<Column> safetyColumns() {
        List<Column> columns = new ArrayList<>(unitColumns());
        for (Category c : Category.values()) {
            columns.add(Column.of(
                    total(c), categoryVi(c) + " – tổng số", categoryEn(c) + " – total", ColumnType.COUNT, false));
            columns.add(Column.of(
                    recognised(c),
                    categoryVi(c) + " – đạt chuẩn",
                    categoryEn(c) + " – recognised",
                    ColumnType.COUNT,
                    false));
        }
        columns.add(Column.of("assessed_on", "Ngày đánh giá", "Assessed on", ColumnType.DATE, true));
        return columns;
    }

    private static List<Column> festivalColumns() {
        List<Column> columns = new ArrayList<>(unitColumns());
        columns.add(Column.of("site_name", "Tên điểm tổ chức", "Site name", ColumnType.TEXT, true));
        columns.add(Column.of("held_on", "Ngày tổ chức", "Held on", ColumnType.DATE, true));
        columns.add(Column.choice(
                "showcase_level",
                "Điểm chỉ đạo của cấp",
                "Showcase of",
                false,
                Arrays.stream(ShowcaseLevel.values())
                        .map(l -> new Choice(l.name(), showcaseVi(l), showcaseEn(l)))
                        .toList()));
        columns.add(Column.of("attendance", "Số người dự", "Attendance", ColumnType.COUNT, false));
        columns.add(Column.of(
                "central_leaders_present",
                "Có lãnh đạo Trung ương dự",
                "Central leaders present",
                ColumnType.YES_NO,
                false));
        columns.add(Column.of("gifts_vnd", "Giá trị quà tặng (đồng)", "Gifts (VND)", ColumnType.COUNT, false));
        columns.add(Column.of("gift_recipients", "Số người nhận quà", "Gift recipients", ColumnType.COUNT, false));
        return columns;
    }

    /** One row per replication site started in the year, with the model it replicates (matched by name in the province). */
    private static List<Column> modelColumns() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("model_name", "Tên mô hình", "Model name", ColumnType.TEXT, true));
        columns.add(Column.of("model_type", "Loại mô hình", "Model type", ColumnType.TEXT, true));
        columns.add(Column.choice(
                "initiating_body",
                "Cấp phát động",
                "Launched by",
                true,
                List.of(
                        new Choice("PROVINCIAL_PARTY_COMMITTEE", "Tỉnh ủy", "Provincial Party committee"),
                        new Choice("PROVINCIAL_PEOPLES_COMMITTEE", "UBND tỉnh", "Provincial People's Committee"),
                        new Choice(
                                "PROVINCIAL_POLICE",
                                "Công an tỉnh và các ban, ngành",
                                "Provincial police and departments"),
                        new Choice("LOCAL", "Cấp huyện, cấp xã", "District or commune"))));
        columns.add(Column.choice(
                "host_kind",
                "Nơi áp dụng",
                "Runs in",
                true,
                List.of(
                        new Choice("RESIDENTIAL_AREA", "Khu dân cư", "Residential area"),
                        new Choice("COMMUNE", "Xã, phường", "Commune"),
                        new Choice("AGENCY", "Cơ quan", "Agency"),
                        new Choice("ENTERPRISE", "Doanh nghiệp", "Enterprise"),
                        new Choice("SCHOOL", "Nhà trường", "School"),
                        new Choice("RELIGIOUS", "Cơ sở tôn giáo", "Religious community"),
                        new Choice("CLAN", "Dòng họ", "Clan"))));
        columns.addAll(unitColumns());
        columns.add(Column.of("site_name", "Tên điểm nhân rộng", "Site name", ColumnType.TEXT, true));
        columns.add(Column.of("teams", "Số tổ", "Teams", ColumnType.COUNT, true));
        columns.add(Column.of("members", "Số thành viên", "Members", ColumnType.COUNT, false));
        columns.add(Column.of("started_on", "Ngày bắt đầu", "Started on", ColumnType.DATE, true));
        columns.add(Column.of("ended_on", "Ngày kết thúc", "Ended on", ColumnType.DATE, false));
        return columns;
    }

    private static List<Column> counterColumns() {
        return List.of(
                Column.choice("indicator", "Mã chỉ tiêu", "Indicator code", true, CounterIndicators.choices()),
                Column.of("indicator_name", "Tên chỉ tiêu", "Indicator", ColumnType.TEXT, false),
                unitColumns().get(0),
                unitColumns().get(1),
                Column.of("value", "Giá trị", "Value", ColumnType.COUNT, true),
                Column.of(
                        "denominator",
                        "Tổng số (mẫu số của tỷ lệ)",
                        "Total (denominator of a rate)",
                        ColumnType.COUNT,
                        false));
    }

    /** One row per indicator and commune: the value the commune should reach by the end of the year. */
    private static List<Column> targetColumns() {
        return List.of(
                Column.choice(
                        "indicator",
                        "Mã chỉ tiêu",
                        "Indicator code",
                        true,
                        Indicator.withTargets().stream()
                                .map(i -> new Choice(i.code(), i.name(Language.VI), i.name(Language.EN)))
                                .toList()),
                Column.of("indicator_name", "Tên chỉ tiêu", "Indicator", ColumnType.TEXT, false),
                unitColumns().get(0),
                unitColumns().get(1),
                Column.of(
                        TARGET,
                        "Mục tiêu (tỷ lệ tính bằng %)",
                        "Target (a rate in percent)",
                        ColumnType.DECIMAL,
                        false));
    }

    private static List<Column> unitColumns() {
        return List.of(
                Column.of(UNIT_CODE, "Mã đơn vị", "Unit code", ColumnType.UNIT_CODE, true),
                Column.of(UNIT_NAME, "Tên đơn vị", "Unit name", ColumnType.TEXT, false));
    }

    private static String showcaseVi(ShowcaseLevel level) {
        return switch (level) {
            case MINISTRY -> "Bộ";
            case PROVINCE -> "Tỉnh";
            case DISTRICT -> "Huyện";
            case COMMUNE -> "Xã";
        };
    }

    private static String showcaseEn(ShowcaseLevel level) {
        return switch (level) {
            case MINISTRY -> "Ministry";
            case PROVINCE -> "Province";
            case DISTRICT -> "District";
            case COMMUNE -> "Commune";
        };
    }
}
