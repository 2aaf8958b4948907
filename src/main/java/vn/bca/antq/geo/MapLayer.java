package vn.bca.antq.geo;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;

/**
 * One geometry layer the map can draw: the provinces of an era, the districts of one old province, or the communes
 * of one new province. Old-era communes have no geometry (the 2024 sources stop at districts), so there is no layer
 * for the communes of an old district.
 *
 * @param era         the administrative structure the features belong to
 * @param level       the level of the features
 * @param provinceCode the province whose units the layer holds, or null for the national province layer
 */
public record MapLayer(Era era, UnitLevel level, @Nullable String provinceCode) implements Serializable {

    private static final Pattern PATH = Pattern.compile(
            "provinces-(63|34)\\.json|province-63/(\\d{2})/districts\\.json|province-34/(\\d{2})/communes\\.json");

    public MapLayer {
        boolean national = level == UnitLevel.PROVINCE && provinceCode == null;
        boolean districts = era == Era.PROVINCES_63 && level == UnitLevel.DISTRICT && isProvinceCode(provinceCode);
        boolean communes = era == Era.PROVINCES_34 && level == UnitLevel.COMMUNE && isProvinceCode(provinceCode);
        if (!national && !districts && !communes) {
            throw new IllegalArgumentException("No geometry for " + level + " of " + era + " in " + provinceCode);
        }
    }

    public static MapLayer provinces(Era era) {
        return new MapLayer(era, UnitLevel.PROVINCE, null);
    }

    /** The districts of one province of the 63-province era. */
    public static MapLayer districtsOf(String oldProvinceCode) {
        return new MapLayer(Era.PROVINCES_63, UnitLevel.DISTRICT, oldProvinceCode);
    }

    /** The communes of one province of the 34-province era. */
    public static MapLayer communesOf(String newProvinceCode) {
        return new MapLayer(Era.PROVINCES_34, UnitLevel.COMMUNE, newProvinceCode);
    }

    /** The path below the versioned prefix, e.g. {@code province-34/48/communes.json}. */
    public String path() {
        String era = this.era == Era.PROVINCES_63 ? "63" : "34";
        return switch (level) {
            case PROVINCE -> "provinces-" + era + ".json";
            case DISTRICT -> "province-63/" + provinceCode + "/districts.json";
            case COMMUNE -> "province-34/" + provinceCode + "/communes.json";
            case NATION -> throw new IllegalStateException();
        };
    }

    public static Optional<MapLayer> parse(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            return Optional.of(provinces(m.group(1).equals("63") ? Era.PROVINCES_63 : Era.PROVINCES_34));
        }
        return Optional.of(m.group(2) != null ? districtsOf(m.group(2)) : communesOf(m.group(3)));
    }

    private static boolean isProvinceCode(@Nullable String code) {
        return code != null && code.matches("\\d{2}");
    }
}
