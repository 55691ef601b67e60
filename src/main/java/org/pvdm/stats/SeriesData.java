package org.pvdm.stats;

import java.time.Instant;
import java.util.Objects;

/**
 * A copy of the points of one series, oldest first: times (epoch ms) and one array per metric of the
 * series' kind. Immutable; the array getters return fresh copies, ready for a chart.
 */
public final class SeriesData {
    private final SeriesKey key;
    private final String guestName;
    private final long[] timesMillis;
    private final double[][] values;

    /**
     * @param values one array per metric in {@link Metric#of(SeriesKind)} order, each as long as
     *               {@code timesMillis} (all copied)
     */
    public SeriesData(SeriesKey key, String guestName, long[] timesMillis, double[][] values) {
        this.key = Objects.requireNonNull(key, "key");
        this.guestName = Objects.requireNonNull(guestName, "guestName");
        this.timesMillis = timesMillis.clone();
        int metrics = Metric.of(key.kind()).size();
        if (values.length != metrics) {
            throw new IllegalArgumentException("expected " + metrics + " metric arrays, got " + values.length);
        }
        this.values = new double[metrics][];
        for (int i = 0; i < metrics; i++) {
            if (values[i].length != timesMillis.length) {
                throw new IllegalArgumentException("metric array " + i + " has " + values[i].length
                        + " values for " + timesMillis.length + " times");
            }
            this.values[i] = values[i].clone();
        }
    }

    public SeriesKey key() {
        return key;
    }

    public String guestName() {
        return guestName;
    }

    public int size() {
        return timesMillis.length;
    }

    public boolean isEmpty() {
        return timesMillis.length == 0;
    }

    public long timeMillis(int i) {
        return timesMillis[i];
    }

    public Instant time(int i) {
        return Instant.ofEpochMilli(timesMillis[i]);
    }

    /** Value of {@code metric} at point {@code i}; NaN = no value. */
    public double value(Metric metric, int i) {
        return values[check(metric)][i];
    }

    /** A copy of the times, epoch milliseconds, oldest first. */
    public long[] timesMillis() {
        return timesMillis.clone();
    }

    /** A copy of one metric's values, aligned with {@link #timesMillis()}. */
    public double[] values(Metric metric) {
        return values[check(metric)].clone();
    }

    private int check(Metric metric) {
        if (metric.kind() != key.kind()) {
            throw new IllegalArgumentException(metric + " is not a " + key.kind().label() + " metric");
        }
        return metric.index();
    }

    @Override
    public String toString() {
        return "SeriesData[" + key + ", " + size() + " points]";
    }
}
