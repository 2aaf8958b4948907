package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.bca.antq.admin.Era;
import vn.bca.antq.base.ui.Format;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.IndicatorService;
import vn.bca.antq.indicator.Period;

/** The national figures of one year, the year kept in the address ({@code ?year=2022}) so that Back works. */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "overview.menu")
class OverviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int FIRST_YEAR = 2019;
    static final int LAST_YEAR = 2026;
    static final int DEFAULT_YEAR = 2025;
    private static final String YEAR = "year";
    private static final List<Indicator> SHOWN = List.of(Indicator.COVERAGE_RESIDENTIAL_AREAS,
            Indicator.COVERAGE_COMMUNES, Indicator.FESTIVAL_SITES, Indicator.FESTIVAL_SITES_CENTRAL_LEADERS,
            Indicator.MODELS, Indicator.MODEL_SITES, Indicator.EXEMPLARS);

    private final IndicatorService indicators;
    private final Select<Integer> year = new Select<>();
    private final Paragraph eraNote = new Paragraph();
    private final Div cards = new Div();
    private int shownYear;

    OverviewView(IndicatorService indicators) {
        this.indicators = indicators;
        addClassName("overview");
        year.setId("year");
        year.setLabel(getTranslation("overview.year"));
        year.setItems(IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed().toList());
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != shownYear) {
                getUI().ifPresent(ui -> ui.navigate(OverviewView.class, yearParameter(e.getValue())));
            }
        });
        eraNote.addClassName("era-note");
        cards.addClassName("figure-cards");
        add(new H2(getTranslation("overview.heading")), year, eraNote, cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> requested = event.getLocation().getQueryParameters().getSingleParameter(YEAR);
        Optional<Integer> valid = requested.flatMap(OverviewView::parseYear);
        if (requested.isPresent() && valid.isEmpty()) {
            warnInvalidYear(requested.get());
            event.forwardTo(OverviewView.class, yearParameter(DEFAULT_YEAR));
            return;
        }
        show(valid.orElse(DEFAULT_YEAR));
    }

    private void show(int selected) {
        shownYear = selected;
        year.setValue(selected);
        eraNote.setText(eraNote(selected));
        cards.removeAll();
        Period period = Period.year(selected);
        SHOWN.forEach(indicator -> cards.add(FigureCards.of(this, indicators.national(indicator, period))));
    }

    /** Which administrative structure the year's figures stand on; 2025 has both (the reform took effect on 1/7). */
    private String eraNote(int selected) {
        int reformYear = Era.REFORM_DATE.getYear();
        String key = selected < reformYear ? "overview.era.before"
                : selected == reformYear ? "overview.era.both" : "overview.era.after";
        return getTranslation(key, String.valueOf(selected), Format.date(Era.REFORM_DATE));
    }

    private void warnInvalidYear(String requested) {
        String shown = requested.length() > 12 ? requested.substring(0, 12) + "…" : requested;
        Notification notification = Notification.show(
                getTranslation("overview.invalid-year", shown, String.valueOf(DEFAULT_YEAR)), 5000,
                Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.WARNING);
    }

    private static Optional<Integer> parseYear(String text) {
        try {
            int parsed = Integer.parseInt(text.strip());
            return parsed >= FIRST_YEAR && parsed <= LAST_YEAR ? Optional.of(parsed) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static QueryParameters yearParameter(int value) {
        return QueryParameters.of(YEAR, String.valueOf(value));
    }
}
