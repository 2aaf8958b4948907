package vn.bca.antq.report.pdf;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfContentByte;
import vn.bca.antq.base.text.Format;

/**
 * Bar and line charts drawn with PDF paths: a value axis with four grid lines, categories along the bottom, values
 * written at the bars, a legend of the series on top. Values are written the vi-VN way, as everywhere.
 */
final class ChartDrawing {

    /** One series: its name, colour and one value per category (null: no data, nothing drawn). */
    record Series(String name, Color colour, List<@Nullable Double> values) {}

    private static final float AXIS_WIDTH = 34;
    private static final float BOTTOM = 26;
    private static final float LEGEND = 16;
    private static final int GRID_LINES = 4;

    private final ReportDocument pdf;
    private final boolean percent;

    ChartDrawing(ReportDocument pdf, boolean percent) {
        this.pdf = pdf;
        this.percent = percent;
    }

    /** Bars side by side per category, e.g. the five coverage categories this year and last. */
    void bars(
            PdfContentByte canvas,
            float width,
            float height,
            String title,
            List<String> categories,
            List<Series> series) {
        Axis axis = axis(series, true);
        frame(canvas, width, height, title, series, axis);
        float plotWidth = width - AXIS_WIDTH;
        float slot = plotWidth / categories.size();
        float bar = slot * 0.7f / series.size();
        for (int c = 0; c < categories.size(); c++) {
            float x = AXIS_WIDTH + slot * c + slot * 0.15f;
            for (Series s : series) {
                Double value = s.values().get(c);
                if (value != null) {
                    float top = axis.y(value, height);
                    canvas.setColorFill(s.colour());
                    canvas.rectangle(x, BOTTOM, bar - 1, top - BOTTOM);
                    canvas.fill();
                    ReportDocument.write(
                            canvas,
                            pdf.regular,
                            5.5f,
                            ReportDocument.TEXT,
                            label(value),
                            x + bar / 2,
                            top + 2,
                            Element.ALIGN_CENTER);
                }
                x += bar;
            }
            ReportDocument.write(
                    canvas,
                    pdf.regular,
                    6.5f,
                    ReportDocument.TEXT,
                    categories.get(c),
                    AXIS_WIDTH + slot * c + slot / 2,
                    BOTTOM - 10,
                    Element.ALIGN_CENTER);
        }
    }

    /** One line per series across the categories (years), a dot at each value. */
    void lines(
            PdfContentByte canvas,
            float width,
            float height,
            String title,
            List<String> categories,
            List<Series> series) {
        Axis axis = axis(series, false);
        frame(canvas, width, height, title, series, axis);
        float step = (width - AXIS_WIDTH) / categories.size();
        for (Series s : series) {
            canvas.setColorStroke(s.colour());
            canvas.setColorFill(s.colour());
            canvas.setLineWidth(1.4f);
            boolean drawing = false;
            for (int c = 0; c < categories.size(); c++) {
                Double value = s.values().get(c);
                float x = AXIS_WIDTH + step * c + step / 2;
                if (value == null) {
                    drawing = false;
                } else if (drawing) {
                    canvas.lineTo(x, axis.y(value, height));
                } else {
                    canvas.moveTo(x, axis.y(value, height));
                    drawing = true;
                }
            }
            canvas.stroke();
            for (int c = 0; c < categories.size(); c++) {
                Double value = s.values().get(c);
                if (value != null) {
                    canvas.circle(AXIS_WIDTH + step * c + step / 2, axis.y(value, height), 1.8f);
                    canvas.fill();
                }
            }
        }
        for (int c = 0; c < categories.size(); c++) {
            ReportDocument.write(
                    canvas,
                    pdf.regular,
                    6.5f,
                    ReportDocument.TEXT,
                    categories.get(c),
                    AXIS_WIDTH + step * c + step / 2,
                    BOTTOM - 10,
                    Element.ALIGN_CENTER);
        }
    }

    private void frame(PdfContentByte canvas, float width, float height, String title, List<Series> series, Axis axis) {
        ReportDocument.write(canvas, pdf.bold, 8, ReportDocument.TEXT, title, 0, height - 9, Element.ALIGN_LEFT);
        float x = AXIS_WIDTH;
        for (Series s : series) {
            canvas.setColorFill(s.colour());
            canvas.rectangle(x, height - LEGEND - 9, 8, 6);
            canvas.fill();
            ReportDocument.write(
                    canvas,
                    pdf.regular,
                    7,
                    ReportDocument.TEXT,
                    s.name(),
                    x + 11,
                    height - LEGEND - 9,
                    Element.ALIGN_LEFT);
            x += 22 + pdf.regular.getWidthPoint(ReportDocument.nfc(s.name()), 7);
        }
        canvas.setLineWidth(0.3f);
        canvas.setColorStroke(ReportDocument.RULE);
        for (int g = 0; g <= GRID_LINES; g++) {
            double value = axis.min + (axis.max - axis.min) * g / GRID_LINES;
            float y = axis.y(value, height);
            canvas.moveTo(AXIS_WIDTH, y);
            canvas.lineTo(width, y);
            canvas.stroke();
            ReportDocument.write(
                    canvas,
                    pdf.regular,
                    6,
                    ReportDocument.MUTED,
                    label(value),
                    AXIS_WIDTH - 3,
                    y - 2,
                    Element.ALIGN_RIGHT);
        }
    }

    private String label(double value) {
        String number = Format.number(BigDecimal.valueOf(value));
        return percent ? number + "%" : number;
    }

    /**
     * The value range: counts and bars of counts from zero; rates, which sit close together near the top, from a round
     * ten below the lowest, so that differences of a few points can be seen (the axis is labelled).
     */
    private Axis axis(List<Series> series, boolean bars) {
        List<Double> values = series.stream()
                .flatMap(s -> s.values().stream())
                .filter(Objects::nonNull)
                .toList();
        double low = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double high = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (percent) {
            return new Axis(Math.max(0, Math.floor((low - 5) / 10) * 10), 100);
        }
        double top = niceCeiling(high <= 0 ? 1 : high);
        return new Axis(bars || low >= 0 ? 0 : low, top);
    }

    /** 1, 2, 2.5, 5 or 10 times a power of ten, at least the value, so grid lines fall on round numbers. */
    private static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private record Axis(double min, double max) {

        float y(double value, float height) {
            float plot = height - BOTTOM - LEGEND - 16;
            double share = max == min ? 0 : (Math.min(Math.max(value, min), max) - min) / (max - min);
            return (float) (BOTTOM + share * plot);
        }
    }
}
