package vn.bca.antq.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;

/** Every boundary feature joins exactly one unit of its era and level by code; the archipelagos are on every layer. */
@IntegrationTest
class BoundariesTest {

    @Autowired
    Boundaries boundaries;

    @Autowired
    AdministrativeUnits units;

    @ParameterizedTest
    @EnumSource(BoundaryLayer.class)
    void everyFeatureJoinsAUnitByCodeAndEveryUnitHasAFeature(BoundaryLayer layer) {
        List<String> codes = boundaries.features(layer).stream()
                .map(Boundaries.Feature::code)
                .toList();

        assertThat(codes)
                .doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(units.find(layer.era(), layer.level(), code))
                        .as(layer + " " + code)
                        .isPresent());
        assertThat(codes).hasSameSizeAs(units.all(layer.era(), layer.level()));
    }

    @Test
    void hoangSaAndTruongSaAreOnTheLayersOfBothEras() {
        assertThat(codes(BoundaryLayer.DISTRICTS_705)).contains("498", "576");
        assertThat(codes(BoundaryLayer.COMMUNES_3321)).contains("20333", "22736");
        assertThat(units.find(Era.PROVINCES_63, UnitLevel.DISTRICT, "498")
                        .orElseThrow()
                        .getName())
                .isEqualTo("Huyện Hoàng Sa");
        assertThat(units.find(Era.PROVINCES_34, UnitLevel.COMMUNE, "22736")
                        .orElseThrow()
                        .getName())
                .isEqualTo("Đặc khu Trường Sa");
        assertThat(parentName(Era.PROVINCES_63, UnitLevel.DISTRICT, "498")).isEqualTo("Đà Nẵng");
        assertThat(parentName(Era.PROVINCES_34, UnitLevel.COMMUNE, "22736"))
                .isEqualTo("Khánh Hoà"); // the 2025 list places the tone mark the old way
    }

    @Test
    void eachNewProvinceHasADetailedCommuneLayerOfItsOwnCommunes() {
        for (AdminUnit province : units.all(Era.PROVINCES_34, UnitLevel.PROVINCE)) {
            List<String> codes = boundaries.provinceCommunes(province.getCode()).orElseThrow().stream()
                    .map(Boundaries.Feature::code)
                    .toList();
            List<String> expected = units.within(province, UnitLevel.COMMUNE).stream()
                    .map(AdminUnit::getCode)
                    .toList();
            assertThat(codes).as(province.getName()).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(boundaries.provinceCommunes("99")).isEmpty();
    }

    private List<String> codes(BoundaryLayer layer) {
        return boundaries.features(layer).stream().map(Boundaries.Feature::code).toList();
    }

    private String parentName(Era era, UnitLevel level, String code) {
        AdminUnit unit = units.find(era, level, code).orElseThrow();
        return units.ancestorAt(unit, UnitLevel.PROVINCE).orElseThrow().getShortName();
    }
}
