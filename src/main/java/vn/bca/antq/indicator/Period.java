package vn.bca.antq.indicator;

import java.io.Serializable;
import java.time.LocalDate;

/** A span of whole days: usually one calendar year, sometimes several (a five-year review). */
public record Period(LocalDate from, LocalDate to) implements Serializable {

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Period ends before it starts: " + from + " - " + to);
        }
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period years(int fromYear, int toYear) {
        return new Period(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    public int fromYear() {
        return from.getYear();
    }

    public int toYear() {
        return to.getYear();
    }

    public boolean isSingleYear() {
        return fromYear() == toYear() && from.getDayOfYear() == 1 && to.equals(LocalDate.of(toYear(), 12, 31));
    }
}
