package org.pvdm.ui.stats;

import java.time.Instant;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.pvdm.stats.ChartScale;
import org.pvdm.stats.SeriesData;

/**
 * One chart of one device: two lines (read/write or received/sent). Live charts put x in seconds before the
 * latest tick; a kept "before" has its own axis, seconds since it began, so it never scrolls away. The
 * title says the latest value and the mean over what is drawn. No animation, no symbols: cheap to redraw.
 */
final class DeviceChart extends LineChart<Number, Number> {
    private final ChartKind kind;
    private final boolean kept;
    private final XYChart.Series<Number, Number> first = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> second = new XYChart.Series<>();
    private final String label;

    DeviceChart(String label, ChartKind kind, boolean kept) {
        super(new NumberAxis(), new NumberAxis());
        this.kind = kind;
        this.kept = kept;
        this.label = label;
        getStyleClass().add("device-chart");
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(true);
        setPrefHeight(230);
        setMinHeight(200);
        setMinWidth(0);
        setLegendSide(javafx.geometry.Side.RIGHT);
        NumberAxis x = (NumberAxis) getXAxis();
        x.setAutoRanging(false);
        x.setLowerBound(kept ? 0 : -StatsViewModel.CHART_WINDOW.toSeconds());
        x.setUpperBound(kept ? StatsViewModel.CHART_WINDOW.toSeconds() : 0);
        x.setTickUnit(30);
        x.setLabel(kept ? "seconds since the kept recording began" : "seconds ago");
        NumberAxis y = (NumberAxis) getYAxis();
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setForceZeroInRange(true);
        first.setName(kind.firstName);
        second.setName(kind.secondName);
        getData().add(first);
        getData().add(second);
        setTitle(label + " — " + kind.title);
        setAccessibleText(label + " " + kind.title);
    }

    boolean kept() {
        return kept;
    }

    /** The largest value shown (for a shared scale across both sides). */
    static double max(SeriesData d, ChartKind kind) {
        double m = 0;
        for (double v : d.values(kind.first)) {
            m = Double.isNaN(v) ? m : Math.max(m, v);
        }
        for (double v : d.values(kind.second)) {
            m = Double.isNaN(v) ? m : Math.max(m, v);
        }
        return m;
    }

    /** Redraws with the given points, on a y scale up to {@code max} (raw units). */
    void show(SeriesData d, Instant now, double max) {
        ChartKind.Unit unit = ChartKind.unit(kind, max);
        NumberAxis y = (NumberAxis) getYAxis();
        double top = ChartScale.niceCeiling(max / unit.divisor());
        y.setUpperBound(top);
        y.setTickUnit(top / 4);
        y.setLabel(unit.name());
        long t0 = kept ? (d.size() == 0 ? 0 : d.timeMillis(0)) : now.toEpochMilli();
        if (kept && d.size() > 0) {
            NumberAxis x = (NumberAxis) getXAxis();
            double span = Math.max(10, (d.timeMillis(d.size() - 1) - t0) / 1000.0);
            x.setUpperBound(Math.ceil(span / 10) * 10);
            x.setTickUnit(x.getUpperBound() > 180 ? 60 : 30);
        }
        fill(first, d, d.values(kind.first), t0, unit);
        fill(second, d, d.values(kind.second), t0, unit);
        String values = kind.firstName + " " + figures(d.values(kind.first), unit) + " " + unit.name() + "\n"
                + kind.secondName + " " + figures(d.values(kind.second), unit) + " " + unit.name();
        setTitle(label + " — " + kind.title + "\n" + values);
        setAccessibleText(label + " " + kind.title + ": " + values);
    }

    /** Points drawn so far (both lines). */
    int points() {
        return first.getData().size() + second.getData().size();
    }

    /** The x of the first point drawn (tests: a paused chart does not move), NaN when none. */
    double firstX() {
        return first.getData().isEmpty() ? Double.NaN : first.getData().get(0).getXValue().doubleValue();
    }

    private static void fill(XYChart.Series<Number, Number> series, SeriesData d, double[] values, long t0,
                             ChartKind.Unit unit) {
        java.util.List<XYChart.Data<Number, Number>> points = new java.util.ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                points.add(new XYChart.Data<>((d.timeMillis(i) - t0) / 1000.0, values[i] / unit.divisor()));
            }
        }
        series.getData().setAll(points);
    }

    /** "now 12.5, mean 11.9" over the points drawn; "no value" when there is none. */
    static String figures(double[] values, ChartKind.Unit unit) {
        double sum = 0;
        int n = 0;
        double latest = Double.NaN;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
                latest = v;
            }
        }
        if (n == 0) {
            return "no value";
        }
        return "now " + number(latest / unit.divisor()) + ", mean " + number(sum / n / unit.divisor());
    }

    private static String number(double v) {
        return v >= 100 ? String.format("%,.0f", v) : String.format("%.1f", v);
    }
}
