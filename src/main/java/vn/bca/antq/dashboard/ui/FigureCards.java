package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.ui.FigureCard;
import vn.bca.antq.base.ui.UiLanguage;
import vn.bca.antq.indicator.Aggregation;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.indicator.FigureFormat;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Quantity;
import vn.bca.antq.indicator.ui.FigureText;
import vn.bca.antq.monitoring.Target;
import vn.bca.antq.monitoring.TargetText;
import vn.bca.antq.movementmodel.ModelService;

/** Turns a figure into a card: the indicator's name from the catalogue, the value, its ratio, sources and origin. */
final class FigureCards {

    private FigureCards() {}

    static FigureCard of(Component host, Figure figure) {
        Indicator indicator = figure.indicator();
        BigDecimal value = figure.value();
        FigureCard card = value == null
                ? new FigureCard(FigureText.name(indicator), host.getTranslation("figure.no-data")).empty()
                : new FigureCard(FigureText.name(indicator), FigureFormat.marked(figure));
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
                    ? host.getTranslation("figure.change.points", change)
                    : change;
            card.detail(host.getTranslation(
                    "figure.change", String.valueOf(previousYear.period().toYear()), amount));
        }
        return card;
    }

    /** As {@link #of(Component, Figure, Figure)}, with the unit's target of the year and how far the figure is from it. */
    static FigureCard of(Component host, Figure figure, Figure previousYear, @Nullable Target target) {
        FigureCard card = of(host, figure, previousYear);
        if (target != null) {
            card.detail(TargetText.gap(UiLanguage.current(), target, figure.value()));
        }
        return card;
    }

    /**
     * The models of a district or commune as its model list counts them: those with a site running there on
     * {@code asOf}, wherever they were launched (most are the province's), so that the card and the list agree.
     */
    static FigureCard modelsWithSites(Component host, List<ModelService.ModelInUnit> running, LocalDate asOf) {
        FigureCard card = new FigureCard(host.getTranslation("unit.models.card"), Format.number(running.size()));
        card.setId(id(Indicator.MODELS));
        String sources = running.stream()
                .map(ModelService.ModelInUnit::sourceKind)
                .distinct()
                .sorted()
                .map(k -> host.getTranslation("source." + k.name()))
                .collect(Collectors.joining("; "));
        if (!sources.isEmpty()) {
            card.detail(host.getTranslation("figure.source", sources));
        }
        return card.detail(host.getTranslation("unit.models.card.listed", Format.date(asOf)));
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
        card.detail(
                host.getTranslation("figure.source", FigureText.sources(host, figure)),
                FigureText.sourceDetails(host, figure));
        List<String> restatement = FigureText.restatement(host, figure);
        if (restatement.isEmpty()) {
            card.detail(host.getTranslation(figure.reportedForUnit() ? "figure.reported" : "figure.summed"));
        } else {
            restatement.forEach(card::detail);
        }
        return card;
    }
}
