package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import vn.bca.antq.admin.Era;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.indicator.ui.FigureText;

/** Texts every dashboard page shares: which structure a year stands on, and what was wrong with an address. */
final class DashboardNotices {

    private DashboardNotices() {}

    /**
     * Which administrative structure the year's figures stand on: restated onto today's, or as reported; 2025 has
     * both (the reform took effect on 1/7).
     */
    static String eraNote(Component host, DashboardParameters parameters) {
        int year = parameters.year();
        int reformYear = Era.REFORM_DATE.getYear();
        String key = parameters.restated()
                ? "overview.era.restated"
                : year < reformYear
                        ? "overview.era.before"
                        : year == reformYear ? "overview.era.both" : "overview.era.after";
        return host.getTranslation(key, String.valueOf(year), Format.date(Era.REFORM_DATE));
    }

    /** Tells the user which part of the address was not understood and what is shown instead. */
    static void invalidParameters(Component host, DashboardParameters parameters) {
        if (parameters.rejectedYear() != null) {
            warn(host.getTranslation(
                    "overview.invalid-year", shorten(parameters.rejectedYear()), String.valueOf(parameters.year())));
        }
        if (parameters.rejectedStructure() != null) {
            warn(host.getTranslation(
                    "structure.invalid",
                    shorten(parameters.rejectedStructure()),
                    host.getTranslation("structure." + parameters.structure().code())));
        }
        if (parameters.rejectedIndicator() != null) {
            warn(host.getTranslation(
                    "dashboard.invalid-indicator",
                    shorten(parameters.rejectedIndicator()),
                    FigureText.name(parameters.indicator())));
        }
    }

    /** A warning at the top of the page, e.g. what is shown instead of what the address asked for. */
    static void warn(String text) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.WARNING);
    }

    private static String shorten(String text) {
        return text.length() > 12 ? text.substring(0, 12) + "…" : text;
    }
}
