package org.pvdm.ui.stats;

import java.time.Instant;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.pvdm.stats.SeriesData;

/**
 * One chart of one device: two lines (read/write or received/sent) over the last two minutes, x in seconds
 * before the latest tick. No animation, no symbols: cheap to redraw every tick.
 */
final class DeviceChart extends LineChart<Number, Number> {
    private final ChartKind kind;
    private final XYChart.Series<Number, Number> first = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> second = new XYChart.Series<>();
    private final String label;

    DeviceChart(String label, ChartKind kind) {
        super(new NumberAxis(), new NumberAxis());
        this.kind = kind;
        this.label = label;
        getStyleClass().add("device-chart");
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(true);
        setPrefHeight(200);
        setMinHeight(170);
        setLegendSide(javafx.geometry.Side.RIGHT);
        NumberAxis x = (NumberAxis) getXAxis();
        x.setAutoRanging(false);
        x.setLowerBound(-StatsViewModel.CHART_WINDOW.toSeconds());
        x.setUpperBound(0);
        x.setTickUnit(30);
        x.setLabel("seconds ago");
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

    ChartKind kind() {
        return kind;
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
        double top = niceCeiling(max / unit.divisor());
        y.setUpperBound(top);
        y.setTickUnit(top / 4);
        y.setLabel(unit.name());
        fill(first, d, d.values(kind.first), now, unit);
        fill(second, d, d.values(kind.second), now, unit);
        setAccessibleText(label + " " + kind.title + ": latest " + latest(d.values(kind.first), unit) + " "
                + kind.firstName + ", " + latest(d.values(kind.second), unit) + " " + kind.secondName);
    }

    /** Points drawn so far (both lines). */
    int points() {
        return first.getData().size() + second.getData().size();
    }

    private static void fill(XYChart.Series<Number, Number> series, SeriesData d, double[] values, Instant now,
                             ChartKind.Unit unit) {
        long t0 = now.toEpochMilli();
        java.util.List<XYChart.Data<Number, Number>> points = new java.util.ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                points.add(new XYChart.Data<>((d.timeMillis(i) - t0) / 1000.0, values[i] / unit.divisor()));
            }
        }
        series.getData().setAll(points);
    }

    private static String latest(double[] values, ChartKind.Unit unit) {
        for (int i = values.length - 1; i >= 0; i--) {
            if (!Double.isNaN(values[i])) {
                return String.format("%.1f %s", values[i] / unit.divisor(), unit.name());
            }
        }
        return "no value";
    }

    /** 1, 2, 2.5, 5 x 10^n at or above v (at least 1). */
    static double niceCeiling(double v) {
        if (!(v > 0)) {
            return 1;
        }
        double exp = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * exp >= v * 1.05) {
                return m * exp;
            }
        }
        return 10 * exp;
    }
}
