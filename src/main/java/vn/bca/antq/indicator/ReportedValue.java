package vn.bca.antq.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.source.Fact;

/** A figure reported as a total for a unit and period; it takes precedence over the sum of its sub-units. */
@Entity
@Table(name = "indicator_value")
public class ReportedValue extends Fact {

    private String indicatorCode;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private @Nullable Long numerator;
    private @Nullable Long denominator;
    @jakarta.persistence.Column(name = "is_lower_bound")
    private boolean lowerBound;
    private @Nullable BigDecimal publishedRate;

    protected ReportedValue() {
    }

    public String getIndicatorCode() {
        return indicatorCode;
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
