package vn.bca.antq.monitoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.base.text.Translations;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Quantity;

/** An alert in words, the same on the alerts page, in the digest and on a slide. */
public final class AlertText {

    private AlertText() {}

    public static String rule(Alert alert, Language language) {
        return Translations.get(language, alert.rule().labelKey());
    }

    /** What the alert is about: the indicator, or the dataset of a submission. */
    public static String subject(Alert alert, Language language) {
        if (alert.indicator() != null) {
            return alert.indicator().name(language);
        }
        return alert.dataset() == null ? "" : alert.dataset().name(language);
    }

    /** The figure against what it was held: the target, last year's value, the days waited, the deadline. */
    public static String detail(Alert alert, Language language) {
        String observed = value(alert.indicator(), alert.observed());
        String reference = value(alert.indicator(), alert.reference());
        return switch (alert.rule()) {
            case BELOW_TARGET, AT_RISK ->
                alert.observed() == null
                        ? Translations.get(language, "alerts.detail.target.none", reference)
                        : Translations.get(language, "alerts.detail.target", observed, reference);
            case RATE_FELL, COUNT_FELL, FEWER_FESTIVAL_SITES ->
                Translations.get(language, "alerts.detail.fell", observed, reference);
            case APPROVAL_WAITING ->
                Translations.get(
                        language,
                        "alerts.detail.waiting",
                        Format.number(Optional.ofNullable(alert.observed()).orElse(BigDecimal.ZERO)),
                        Format.number(Optional.ofNullable(alert.reference()).orElse(BigDecimal.ZERO)));
            case SUBMISSION_MISSING ->
                Translations.get(
                        language,
                        "alerts.detail.missing",
                        alert.dataset() == null
                                ? ""
                                : Format.date(alert.dataset().deadline(alert.year())));
        };
    }

    /** A figure of the indicator: a percentage for a rate, a count otherwise; a dash for none. */
    public static String value(@Nullable Indicator indicator, @Nullable BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return indicator != null && indicator.quantity() == Quantity.PERCENT
                ? Format.percent(value)
                : Format.number(value);
    }
}
