package org.pvdm.stats;

import java.util.Arrays;
import java.util.Objects;

/** The rates of one series over one tick. Immutable. */
public final class SeriesSample {
    private final SeriesKey key;
    private final String guestName;
    private final double[] values;

    /**
     * @param values one value per metric of the key's kind, in {@link Metric#of(SeriesKind)} order
     *               (copied); NaN = no value
     */
    public SeriesSample(SeriesKey key, String guestName, double[] values) {
        this(key, guestName, values.clone(), true);
    }

    /** Takes ownership of {@code values} (no copy): for the engine's hot path. */
    SeriesSample(SeriesKey key, String guestName, double[] values, boolean owned) {
        this.key = Objects.requireNonNull(key, "key");
        this.guestName = Objects.requireNonNull(guestName, "guestName");
        if (values.length != Metric.of(key.kind()).size()) {
            throw new IllegalArgumentException("a " + key.kind().label() + " series has "
                    + Metric.of(key.kind()).size() + " metrics, got " + values.length + " values");
        }
        this.values = values;
    }

    public SeriesKey key() {
        return key;
    }

    public String guestName() {
        return guestName;
    }

    /** The value of one metric of this series' kind; NaN = no value. */
    public double value(Metric metric) {
        if (metric.kind() != key.kind()) {
            throw new IllegalArgumentException(metric + " is not a " + key.kind().label() + " metric");
        }
        return values[metric.index()];
    }

    /** Value by index in {@link Metric#of(SeriesKind)} order (no checks: for the history's hot path). */
    double valueAt(int index) {
        return values[index];
    }

    @Override
    public String toString() {
        return key + " " + guestName + " " + Arrays.toString(values);
    }
}
