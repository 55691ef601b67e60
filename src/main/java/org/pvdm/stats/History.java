package org.pvdm.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The recent points of every series, bounded: {@code capacity = ceil(window / interval)} ticks (default
 * window 15 minutes). Tick times are kept once, in a shared {@code long[]} ring; each series keeps one
 * primitive ring per metric ({@code float[]}, or {@code short[]} bfloat16 for the coarse metrics, see
 * {@link Metric#precise()}) and a bit per tick saying whether it had a sample. A series with no point left
 * in the window is forgotten.
 *
 * <p>Thread-safe: the sampler thread appends ({@code sampler.addListener(history::append)}) while a UI
 * thread queries; every query returns a copy.
 */
public final class History {
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);

    private final int capacity;
    private final long[] times;
    private final Map<SeriesKey, SeriesBuffer> series = new LinkedHashMap<>();
    private final Map<SeriesKey, Gap> gaps = new LinkedHashMap<>();
    private long ticks;
    private String pauseReason;

    /** 15 minutes of ticks at {@code interval}. */
    public History(Duration interval) {
        this(DEFAULT_WINDOW, interval);
    }

    public History(Duration window, Duration interval) {
        this.capacity = capacityFor(window, interval);
        this.times = new long[capacity];
    }

    /** {@code ceil(window / interval)}, at least 1. */
    public static int capacityFor(Duration window, Duration interval) {
        if (interval.isNegative() || interval.isZero() || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window and interval must be positive");
        }
        long ticks = (window.toNanos() + interval.toNanos() - 1) / interval.toNanos();
        if (ticks > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("a window of " + window + " at " + interval + " is too long");
        }
        return (int) Math.max(1, ticks);
    }

    /** How many ticks each series keeps. */
    public int capacity() {
        return capacity;
    }

    /** Stores one tick: its time, every sample, the reason of every gap. */
    public synchronized void append(StatsTick tick) {
        long t = ticks++;
        times[(int) (t % capacity)] = tick.time().toEpochMilli();
        for (SeriesSample sample : tick.samples()) {
            series.computeIfAbsent(sample.key(), key -> new SeriesBuffer(key, capacity)).append(t, sample);
            gaps.remove(sample.key());
        }
        tick.gaps().forEach((key, reason) -> gaps.put(key, new Gap(t, reason)));
        pauseReason = tick.pauseReason();
        if (t % capacity == capacity - 1) {
            forgetExpired();
        }
    }

    /** The series that have points, in the order they first appeared. */
    public synchronized List<SeriesKey> keys() {
        return List.copyOf(series.keySet());
    }

    /** Why a series had no sample in its latest tick ("guest shut off"...), or why all are paused. */
    public synchronized Optional<String> gapReason(SeriesKey key) {
        if (pauseReason != null) {
            return Optional.of(pauseReason);
        }
        Gap gap = gaps.get(key);
        return Optional.ofNullable(gap == null ? null : gap.reason());
    }

    /** Why every series is paused in the latest tick ("connection lost: ..."), if they are. */
    public synchronized Optional<String> pauseReason() {
        return Optional.ofNullable(pauseReason);
    }

    /** The last {@code n} points of a series, oldest first (fewer when there are fewer). */
    public synchronized SeriesData last(SeriesKey key, int n) {
        return collect(key, n, Long.MIN_VALUE);
    }

    /** The points of a series at or after {@code since}, oldest first. */
    public synchronized SeriesData since(SeriesKey key, Instant since) {
        return collect(key, Integer.MAX_VALUE, since.toEpochMilli());
    }

    /** Every retained point of a series. */
    public synchronized SeriesData all(SeriesKey key) {
        return collect(key, Integer.MAX_VALUE, Long.MIN_VALUE);
    }

    /** A snapshot of these series (all retained points) to save or compare. */
    public synchronized Recording snapshot(Collection<SeriesKey> keys) {
        List<SeriesData> data = new ArrayList<>();
        for (SeriesKey key : keys) {
            SeriesData points = all(key);
            if (!points.isEmpty()) {
                data.add(points);
            }
        }
        return new Recording(data);
    }

    /** Heap bytes held by the ring buffers, computed from the array sizes. */
    public synchronized long footprintBytes() {
        long bytes = 16 + 8L * times.length;
        for (SeriesBuffer buffer : series.values()) {
            bytes += buffer.bytes() + 48; // + the map entry and key
        }
        return bytes;
    }

    private SeriesData collect(SeriesKey key, int max, long sinceMillis) {
        SeriesBuffer buffer = series.get(key);
        int metrics = Metric.of(key.kind()).size();
        if (buffer == null || max <= 0) {
            return new SeriesData(key, buffer == null ? "" : buffer.guestName(), new long[0], new double[metrics][0]);
        }
        long oldest = Math.max(0, ticks - capacity);
        long[] picked = new long[(int) Math.min(capacity, max)];
        int count = 0;
        for (long t = buffer.lastTick(); t >= oldest && count < picked.length; t--) {
            if (buffer.present(t) && times[buffer.slot(t)] >= sinceMillis) {
                picked[count++] = t;
            }
        }
        long[] timesOut = new long[count];
        double[][] values = new double[metrics][count];
        for (int i = 0; i < count; i++) {
            long t = picked[count - 1 - i];
            timesOut[i] = times[buffer.slot(t)];
            for (int m = 0; m < metrics; m++) {
                values[m][i] = buffer.value(m, t);
            }
        }
        return new SeriesData(key, buffer.guestName(), timesOut, values);
    }

    private void forgetExpired() {
        long oldest = ticks - capacity;
        series.values().removeIf(buffer -> buffer.lastTick() < oldest);
        gaps.values().removeIf(gap -> gap.tick() < oldest);
    }

    private record Gap(long tick, String reason) {}
}
