package vn.bca.antq.coverage;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.source.Fact;

/** One year's "An toàn về an ninh, trật tự" assessment of one category in one unit. */
@Entity
@Table(name = "safety_assessment")
public class SafetyAssessment extends Fact {

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
