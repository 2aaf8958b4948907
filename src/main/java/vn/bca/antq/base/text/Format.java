package vn.bca.antq.base.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * The one place where the UI turns numbers and dates into text.
 * <p>
 * The product standard is the vi-VN form in every UI language, English included: 1.234.567; 97,37%; 19/08/2022.
 * Figures then read exactly as in the official reports they are compared with, and a screenshot of the English UI
 * shows the same numbers as the Vietnamese one. Do not format numbers with the UI locale anywhere else.
 */
public final class Format {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Format() {}

    /** A count: 1234567 → "1.234.567". */
    public static String number(long value) {
        return decimal().format(value);
    }

    /** A decimal with at most two fraction digits: 1234.5 → "1.234,5". */
    public static String number(BigDecimal value) {
        return decimal().format(value);
    }

    /** A change with its sign: 1.25 → "+1,25", -0.4 → "−0,4", 0 → "±0". */
    public static String signed(BigDecimal change) {
        String digits = number(change.abs());
        return (digits.equals("0") ? "±" : change.signum() > 0 ? "+" : "−") + digits;
    }

    /** A percentage given in percent: 97.37 → "97,37%". */
    public static String percent(BigDecimal value) {
        return number(value) + "%";
    }

    /** 2022-08-19 → "19/08/2022". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** 14:05 (24-hour clock). */
    public static String time(TemporalAccessor time) {
        return TIME.format(time);
    }

    /** An instant in a zone as "14:05 23/11/2026". */
    public static String dateTime(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return time(local) + " " + date(local.toLocalDate());
    }

    /** A figure's value: a count or a percentage; a lower bound ("hơn 500" in a source) shows as "≥ 500". */
    public static String value(BigDecimal value, boolean percent, boolean lowerBound) {
        String text = percent ? percent(value) : number(value);
        return lowerBound ? "≥ " + text : text;
    }

    private static DecimalFormat decimal() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
