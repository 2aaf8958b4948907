package vn.bca.antq.monitoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.base.text.Translations;
import vn.bca.antq.indicator.Quantity;

/**
 * A target beside its figure, the same on cards, map tooltips and tables: "Mục tiêu 98%, còn thiếu 1,2 điểm %",
 * "Mục tiêu 320, đã đạt", or "Chưa có số liệu, mục tiêu 98%".
 */
public final class TargetText {

    private TargetText() {}

    public static String gap(Language language, Target target, @Nullable BigDecimal value) {
        String goal = AlertText.value(target.indicator(), target.value());
        BigDecimal shortBy = target.shortBy(value);
        if (shortBy == null) {
            return Translations.get(language, "alerts.detail.target.none", goal);
        }
        if (shortBy.signum() == 0) {
            return Translations.get(language, "targets.gap.reached", goal);
        }
        return Translations.get(
                language,
                "targets.gap",
                goal,
                target.indicator().quantity() == Quantity.PERCENT
                        ? Translations.get(language, "figure.change.points", Format.number(shortBy))
                        : Format.number(shortBy));
    }
}
