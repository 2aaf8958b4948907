package vn.bca.antq.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.bca.antq.IntegrationTest;

/** Liquibase builds the schema on an empty database and loads the units of both eras. */
@IntegrationTest
class AdministrativeUnitsTest {

    @Autowired
    AdministrativeUnits units;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void liquibaseAppliedEveryChangeSetOfTheMasterChangelog() throws IOException {
        int declared = 0;
        for (Resource file :
                new PathMatchingResourcePatternResolver().getResources("classpath:db/changelog/changes/*")) {
            String text = file.getContentAsString(StandardCharsets.UTF_8);
            declared += text.split("--changeset ", -1).length - 1 + text.split("- changeSet:", -1).length - 1;
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DATABASECHANGELOG", Integer.class))
                .isEqualTo(declared)
                .isGreaterThan(20);
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT table_collation FROM information_schema.tables "
                                + "WHERE table_schema = DATABASE() AND table_name NOT LIKE 'DATABASECHANGELOG%'",
                        String.class))
                .containsExactly("utf8mb4_vietnamese_ci");
    }

    @Test
    void theOldStructureHas63Provinces705DistrictsAnd10595Communes() {
        assertThat(units.all(Era.PROVINCES_63, UnitLevel.PROVINCE)).hasSize(63);
        assertThat(units.all(Era.PROVINCES_63, UnitLevel.DISTRICT)).hasSize(705);
        assertThat(units.all(Era.PROVINCES_63, UnitLevel.COMMUNE)).hasSize(10_595);
    }

    @Test
    void theNewStructureHas34ProvincesAnd3321CommunesAndNoDistricts() {
        assertThat(units.all(Era.PROVINCES_34, UnitLevel.PROVINCE)).hasSize(34);
        assertThat(units.all(Era.PROVINCES_34, UnitLevel.DISTRICT)).isEmpty();
        assertThat(units.all(Era.PROVINCES_34, UnitLevel.COMMUNE)).hasSize(3_321);
    }

    @Test
    void eachEraIsValidOnItsOwnDates() {
        AdminUnit oldCommune =
                units.find(Era.PROVINCES_63, UnitLevel.COMMUNE, "15772").orElseThrow();
        AdminUnit newProvince =
                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "33").orElseThrow();

        assertThat(oldCommune.isValidOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(oldCommune.isValidOn(LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(newProvince.isValidOn(LocalDate.of(2025, 6, 30))).isFalse();
        assertThat(newProvince.isValidOn(LocalDate.of(2026, 11, 23))).isTrue();
    }

    @Test
    void aReusedCodeNamesDifferentUnitsInTheTwoEras() {
        AdminUnit oldHungYen =
                units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, "33").orElseThrow();
        AdminUnit newHungYen =
                units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "33").orElseThrow();

        assertThat(oldHungYen.getId()).isNotEqualTo(newHungYen.getId());
        assertThat(units.within(oldHungYen, UnitLevel.COMMUNE))
                .doesNotContainAnyElementsOf(units.within(newHungYen, UnitLevel.COMMUNE));
    }

    @Test
    void everyOldProvinceMergedWholeIntoOneNewProvince() {
        for (AdminUnit old : units.all(Era.PROVINCES_63, UnitLevel.PROVINCE)) {
            List<UnitSuccession> successors = units.successorsOf(old);
            assertThat(successors)
                    .as(old.getName())
                    .singleElement()
                    .satisfies(s -> assertThat(s.getKind()).isEqualTo(UnitSuccession.Kind.FULL));
            assertThat(units.rollUpParent(old).map(AdminUnit::getEra)).contains(Era.PROVINCES_34);
        }
        assertThat(newProvinceOf("34")).isEqualTo("Hưng Yên"); // Thái Bình
        assertThat(newProvinceOf("36")).isEqualTo("Ninh Bình"); // Nam Định
        assertThat(newProvinceOf("02")).isEqualTo("Tuyên Quang"); // Hà Giang
        assertThat(newProvinceOf("38")).isEqualTo("Thanh Hoá"); // unchanged (2025 list spells it Hoá)
    }

    @Test
    void communesOfTheOldStructureHaveFullOrPartialSuccessors() {
        AdminUnit thieuHoa =
                units.find(Era.PROVINCES_63, UnitLevel.COMMUNE, "15772").orElseThrow();

        assertThat(units.successorsOf(thieuHoa))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(
                                units.byId(s.getSuccessorId()).orElseThrow().getEra())
                        .isEqualTo(Era.PROVINCES_34));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM admin_unit_succession WHERE kind = 'PARTIAL'", Integer.class))
                .isGreaterThan(900);
    }

    @Test
    void theNationSumsTheNewProvincesOnly() {
        assertThat(units.rollUpChildren(units.nation()))
                .hasSize(34)
                .allSatisfy(p -> assertThat(p.getEra()).isEqualTo(Era.PROVINCES_34));
    }

    @Test
    void namesSortTheVietnameseWayInTheDatabase() {
        List<String> names = jdbc.queryForList(
                "SELECT short_name FROM admin_unit WHERE era = 'PROVINCES_63' "
                        + "AND unit_level = 'PROVINCE' ORDER BY short_name",
                String.class);

        assertThat(names.indexOf("Bắc Giang")).isGreaterThan(names.indexOf("Bạc Liêu")); // ă after a
        assertThat(names.indexOf("Đà Nẵng")).isGreaterThan(names.indexOf("Cần Thơ"));
        assertThat(names.stream().filter(n -> n.startsWith("Đ")).toList())
                .containsExactly("Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp");
        assertThat(names.getLast()).isEqualTo("Yên Bái");
    }

    private String newProvinceOf(String oldCode) {
        AdminUnit old =
                units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, oldCode).orElseThrow();
        return units.rollUpParent(old).orElseThrow().getShortName();
    }

    @Test
    void aCodeOfTheOtherStructureSaysWhatBecameOfTheUnit() {
        UnitLookup thaiBinhIn2026 = units.lookup(UnitLevel.PROVINCE, "34", Era.ofYear(2026));
        UnitLookup hungYenIn2026 = units.lookup(UnitLevel.PROVINCE, "33", Era.ofYear(2026));
        UnitLookup newCommuneIn2020 = units.lookup(UnitLevel.COMMUNE, "00004", Era.ofYear(2020));

        assertThat(thaiBinhIn2026).isInstanceOfSatisfying(UnitLookup.OtherEra.class, other -> {
            assertThat(other.unit().getShortName()).isEqualTo("Thái Bình");
            assertThat(other.counterparts()).extracting(AdminUnit::getShortName).containsExactly("Hưng Yên");
        });
        assertThat(hungYenIn2026)
                .isInstanceOfSatisfying(
                        UnitLookup.Found.class,
                        found -> assertThat(found.unit().getEra()).isEqualTo(Era.PROVINCES_34));
        assertThat(newCommuneIn2020).isInstanceOf(UnitLookup.Found.class); // 00004 Phường Trúc Bạch existed before too
        assertThat(units.lookup(UnitLevel.PROVINCE, "99", Era.PROVINCES_34)).isInstanceOf(UnitLookup.Unknown.class);
        assertThat(units.lookup(UnitLevel.DISTRICT, "001", Era.PROVINCES_34))
                .isInstanceOfSatisfying(
                        UnitLookup.OtherEra.class,
                        other -> assertThat(other.counterparts())
                                .as("districts have no successors")
                                .isEmpty());
    }
}
