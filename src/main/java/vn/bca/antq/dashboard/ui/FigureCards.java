package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.util.Locale;
import vn.bca.antq.base.ui.FigureCard;
import vn.bca.antq.base.ui.Format;
import vn.bca.antq.indicator.Aggregation;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Quantity;
import vn.bca.antq.indicator.ui.FigureText;

/** Turns a figure into a card: the indicator's name from the catalogue, the value, its ratio, sources and origin. */
final class FigureCards {

    private FigureCards() {
    }

    static FigureCard of(Component host, Figure figure) {
        Indicator indicator = figure.indicator();
        BigDecimal value = figure.value();
        FigureCard card = value == null ? new FigureCard(FigureText.name(indicator), host.getTranslation("figure.no-data")).empty()
                : new FigureCard(FigureText.name(indicator), FigureText.marked(figure));
        card.setId(id(indicator));
        return value == null ? card : explain(host, figure, card);
    }

    /** A card that also compares the figure with the previous year's (a change in points for rates). */
    static FigureCard of(Component host, Figure figure, Figure previousYear) {
        FigureCard card = of(host, figure);
        BigDecimal now = figure.value();
        BigDecimal before = previousYear.value();
        if (now != null && before != null) {
            String change = Format.signed(now.subtract(before));
            String amount = figure.indicator().quantity() == Quantity.PERCENT
                    ? host.getTranslation("figure.change.points", change) : change;
            card.detail(host.getTranslation("figure.change", String.valueOf(previousYear.period().toYear()), amount));
        }
        return card;
    }

    /** The card's id, e.g. "figure-festival-sites". */
    static String id(Indicator indicator) {
        return "figure-" + indicator.code().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static FigureCard explain(Component host, Figure figure, FigureCard card) {
        Indicator indicator = figure.indicator();
        Long numerator = figure.numerator();
        Long denominator = figure.denominator();
        if (indicator.aggregation() == Aggregation.RATIO && numerator != null && denominator != null) {
            card.detail(host.getTranslation("figure.ratio", Format.number(numerator), Format.number(denominator)));
        }
        card.detail(host.getTranslation("figure.source", FigureText.sources(host, figure)));
        card.detail(host.getTranslation(figure.reportedForUnit() ? "figure.reported" : "figure.summed"));
        return card;
    }
}
