package vn.bca.antq.demo;

import java.util.List;
import vn.bca.antq.demo.DemoUnits.Commune;
import vn.bca.antq.demo.RandomStreams.Draw;
import vn.bca.antq.movementmodel.HostKind;

/** Plausible Vietnamese names for sites, collectives and people. */
final class Names {

    private static final List<String> FIRMS = List.of(
            "Minh Phát",
            "Hòa Bình",
            "Thành Công",
            "An Phú",
            "Hưng Thịnh",
            "Phú Cường",
            "Đại Việt",
            "Tân Tiến",
            "Sông Hồng",
            "Kim Long",
            "Việt Thắng",
            "Hoàng Gia");
    private static final List<String> FAMILIES =
            List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
    private static final List<String> MEN =
            List.of("Hùng", "Dũng", "Minh", "Tuấn", "Thắng", "Hải", "Sơn", "Long", "Quang", "Bình");
    private static final List<String> WOMEN =
            List.of("Lan", "Hoa", "Hương", "Mai", "Thảo", "Hạnh", "Nga", "Thu", "Yến", "Liên");

    private Names() {}

    /** Where in the commune a site is, e.g. "Thôn 3" or "Trường THCS Yên Bình"; {@code n} keeps sites apart. */
    static String place(HostKind host, Commune commune, int n, Draw draw) {
        String shortName = commune.shortName();
        return switch (host) {
            case RESIDENTIAL_AREA, COMMUNE -> hamlet(commune, n);
            case AGENCY -> draw.pick(List.of("Trụ sở UBND", "Trạm y tế", "Bưu điện văn hóa", "Trụ sở Công an"));
            case ENTERPRISE -> "Công ty TNHH " + draw.pick(FIRMS);
            case SCHOOL -> draw.pick(List.of("Trường Tiểu học ", "Trường THCS ", "Trường THPT ")) + shortName;
            case RELIGIOUS -> draw.pick(List.of("Giáo xứ ", "Chùa ", "Họ đạo ")) + shortName;
            case CLAN ->
                "Dòng họ " + draw.pick(FAMILIES) + ", " + hamlet(commune, n).toLowerCase();
        };
    }

    /** "Thôn 3" in a rural commune, "Tổ dân phố 3" in a ward or town. */
    static String hamlet(Commune commune, int n) {
        return (commune.isUrban() ? "Tổ dân phố " : "Thôn ") + n;
    }

    /** The full site name: place and commune. */
    static String site(String place, Commune commune) {
        return place + ", " + DemoUnits.inText(commune.name());
    }

    static String person(Draw draw) {
        boolean man = draw.chance(0.6);
        return (man ? "Ông " : "Bà ") + draw.pick(FAMILIES) + (man ? " Văn " : " Thị ") + draw.pick(man ? MEN : WOMEN);
    }
}
