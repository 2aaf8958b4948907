package vn.bca.antq.coverage;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One year's "An toàn về an ninh, trật tự" assessment of one category in one unit. */
@Entity
@Table(name = "safety_assessment")
public class SafetyAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long unitId;
    private Long sourceId;
    private int assessmentYear;
    @Enumerated(EnumType.STRING)
    private Category category;
    private int totalUnits;
    private int recognisedUnits;
    private boolean totalIsImplied;
    private @Nullable BigDecimal publishedRate;
    @Enumerated(EnumType.STRING)
    private LegalBasis legalBasis;
    private LocalDate assessedOn;

    protected SafetyAssessment() {
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public int getAssessmentYear() {
        return assessmentYear;
    }

    public Category getCategory() {
        return category;
    }

    public int getTotalUnits() {
        return totalUnits;
    }

    public int getRecognisedUnits() {
        return recognisedUnits;
    }

    public boolean isTotalIsImplied() {
        return totalIsImplied;
    }

    public @Nullable BigDecimal getPublishedRate() {
        return publishedRate;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }
}
