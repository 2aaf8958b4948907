package vn.bca.antq.festival;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.source.SourceKind;

@IntegrationTest
class FestivalServiceTest {

    @Autowired
    FestivalService festivals;

    @Autowired
    AdministrativeUnits units;

    @Test
    void theSeedSiteIsListedForItsTownItsProvinceAndTheNewProvince() {
        var town = units.find(Era.PROVINCES_63, UnitLevel.COMMUNE, "15772").orElseThrow();
        var oldThanhHoa = units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, "38").orElseThrow();
        var newThanhHoa = units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "38").orElseThrow();

        for (var scope : java.util.List.of(town, oldThanhHoa, newThanhHoa)) {
            assertThat(festivals.sitesIn(scope, 2022)).as(scope.getName()).anySatisfy(site -> {
                assertThat(site.siteName()).isEqualTo("Thị trấn Thiệu Hóa");
                assertThat(site.heldOn()).isEqualTo(LocalDate.of(2022, 8, 16));
                assertThat(site.sourceKind()).isEqualTo(SourceKind.SEED_ARTICLE);
            });
        }
        assertThat(festivals.sitesIn(town, 2021))
                .noneSatisfy(site -> assertThat(site.siteName()).isEqualTo("Thị trấn Thiệu Hóa"));
    }
}
