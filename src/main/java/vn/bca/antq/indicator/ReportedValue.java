package vn.bca.antq.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A figure reported as a total for a unit and period; it takes precedence over the sum of its sub-units. */
@Entity
@Table(name = "indicator_value")
public class ReportedValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String indicatorCode;
    private Long unitId;
    private Long sourceId;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private @Nullable Long numerator;
    private @Nullable Long denominator;
    @jakarta.persistence.Column(name = "is_lower_bound")
    private boolean lowerBound;
    private @Nullable BigDecimal publishedRate;

    protected ReportedValue() {
    }

    public Long getId() {
        return id;
    }

    public String getIndicatorCode() {
        return indicatorCode;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public @Nullable Long getNumerator() {
        return numerator;
    }

    public @Nullable Long getDenominator() {
        return denominator;
    }

    public boolean isLowerBound() {
        return lowerBound;
    }

    public @Nullable BigDecimal getPublishedRate() {
        return publishedRate;
    }
}
