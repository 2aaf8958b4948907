package vn.bca.antq.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.IntegrationTest;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.FactsChanged;

/** The legal basis stored with each assessment, read back per year for a unit and everything beneath it. */
@IntegrationTest
class AssessmentServiceTest {

    @Autowired
    private AssessmentService assessments;

    @Autowired
    private AdministrativeUnits units;

    @Autowired
    private LegalBases legalBases;

    @Test
    void assessmentsUntilNineFebruary2022FollowCircular23AndLaterOnesCircular124() {
        Map<Integer, Set<LegalBasis>> nation = assessments.legalBasesByYear(units.nation());

        assertThat(nation)
                .containsEntry(2021, Set.of(LegalBasis.CIRCULAR_23_2012))
                .containsEntry(2022, Set.of(LegalBasis.CIRCULAR_124_2021));
        assertThat(nation.keySet()).contains(2019, 2026);
        assertThat(LegalBasis.on(LocalDate.of(2022, 2, 9))).isEqualTo(LegalBasis.CIRCULAR_23_2012);
        assertThat(LegalBasis.on(LocalDate.of(2022, 2, 10))).isEqualTo(LegalBasis.CIRCULAR_124_2021);
    }

    @Test
    void aNewProvinceReadsTheAssessmentsOfTheOldProvincesItAbsorbed() {
        var ninhBinh = units.find(Era.PROVINCES_34, UnitLevel.PROVINCE, "37").orElseThrow();
        var oldNamDinh = units.find(Era.PROVINCES_63, UnitLevel.PROVINCE, "36").orElseThrow();

        assertThat(assessments.legalBasesByYear(ninhBinh))
                .containsEntry(2020, Set.of(LegalBasis.CIRCULAR_23_2012))
                .containsEntry(2026, Set.of(LegalBasis.CIRCULAR_124_2021));
        assertThat(assessments.legalBasesByYear(oldNamDinh)).containsKey(2020).doesNotContainKey(2026);
    }

    @Test
    void theLegalBasesAreReadOnceUntilTheFactsChange() {
        Map<Integer, Set<LegalBasis>> first = assessments.legalBasesByYear(units.nation());

        assertThat(assessments.legalBasesByYear(units.nation())).isSameAs(first);
        legalBases.factsChanged(new FactsChanged("an import is approved"));
        assertThat(assessments.legalBasesByYear(units.nation()))
                .isNotSameAs(first)
                .isEqualTo(first);
    }
}
