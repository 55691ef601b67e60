package org.pvdm.stats;

import java.util.Arrays;
import java.util.List;

/**
 * The retained values of one series, aligned with the history's shared ring of tick times: slot
 * {@code tick % capacity} of every column belongs to that tick. A bit set per slot says whether the
 * series had a sample in that tick. Not thread-safe: {@link History} guards it.
 */
final class SeriesBuffer {
    private final SeriesKey key;
    private final Column[] columns;
    private final long[] present;
    private final int capacity;
    private String guestName;
    private long lastTick = -1;

    SeriesBuffer(SeriesKey key, int capacity) {
        this.key = key;
        this.capacity = capacity;
        List<Metric> metrics = Metric.of(key.kind());
        this.columns = new Column[metrics.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = Column.of(metrics.get(i));
        }
        this.present = new long[(capacity + 63) / 64];
    }

    String guestName() {
        return guestName;
    }

    /** The last tick with a sample, or -1. */
    long lastTick() {
        return lastTick;
    }

    /** Stores the sample of {@code tick}; ticks only ever grow. A second sample in the same tick is ignored. */
    void append(long tick, SeriesSample sample) {
        if (tick == lastTick) {
            return;
        }
        if (tick < lastTick) {
            throw new IllegalStateException("tick " + tick + " after tick " + lastTick + " for " + key);
        }
        if (lastTick < 0 || tick - lastTick > capacity) {
            Arrays.fill(present, 0L);
        } else {
            for (long t = lastTick + 1; t < tick; t++) {
                int slot = slot(t);
                present[slot >>> 6] &= ~(1L << slot);
            }
        }
        int slot = slot(tick);
        present[slot >>> 6] |= 1L << slot;
        for (int i = 0; i < columns.length; i++) {
            columns[i].set(slot, sample.valueAt(i), capacity);
        }
        guestName = sample.guestName();
        lastTick = tick;
    }

    /** True when {@code tick}, which must be retained and not after {@link #lastTick()}, has a sample. */
    boolean present(long tick) {
        int slot = slot(tick);
        return (present[slot >>> 6] & (1L << slot)) != 0;
    }

    double value(int metricIndex, long tick) {
        return columns[metricIndex].get(slot(tick));
    }

    int slot(long tick) {
        return (int) (tick % capacity);
    }

    /** Approximate heap bytes held by this buffer (arrays and objects). */
    long bytes() {
        long bytes = 48 + 16 + 8L * present.length + 16 + 4L * columns.length;
        for (Column column : columns) {
            bytes += 24 + column.bytes();
        }
        return bytes;
    }
}
