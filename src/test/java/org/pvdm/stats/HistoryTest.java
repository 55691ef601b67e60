package org.pvdm.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pvdm.stats.Fixtures.A;
import static org.pvdm.stats.Fixtures.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryTest {
    private static final SeriesKey HDA = SeriesKey.disk(A, "hda");
    private static final SeriesKey VDA = SeriesKey.disk(A, "vda");

    /** A disk sample whose read ops/s is {@code v}, write bytes/s NaN, latency {@code v / 1000}. */
    private static SeriesSample disk(SeriesKey key, double v) {
        return new SeriesSample(key, "web", new double[] {v * 10, Double.NaN, v, 0, v / 1000, Double.NaN});
    }

    private static StatsTick tick(int i, SeriesSample... samples) {
        return new StatsTick(i + 1, T0.plusSeconds(i), 0, List.of(samples), Map.of(), null, 0, false);
    }

    private static History filled(int capacity, int ticks) {
        History history = new History(Duration.ofSeconds(capacity), Duration.ofSeconds(1));
        for (int i = 0; i < ticks; i++) {
            history.append(tick(i, disk(HDA, i)));
        }
        return history;
    }

    private static long millis(int tick) {
        return T0.plusSeconds(tick).toEpochMilli();
    }

    @Test
    void capacityIsTheWindowOverTheIntervalRoundedUp() {
        assertEquals(900, History.capacityFor(Duration.ofMinutes(15), Duration.ofSeconds(1)));
        assertEquals(3600, History.capacityFor(Duration.ofMinutes(15), Duration.ofMillis(250)));
        assertEquals(4, History.capacityFor(Duration.ofSeconds(10), Duration.ofSeconds(3)));
        assertEquals(900, new History(Duration.ofSeconds(1)).capacity());
        assertThrows(IllegalArgumentException.class, () -> History.capacityFor(Duration.ZERO, Duration.ofSeconds(1)));
    }

    @Test
    void boundedAtCapacityAndWrapsInOrder() {
        History history = filled(5, 12);
        SeriesData all = history.all(HDA);
        assertEquals(5, all.size());
        assertArrayEquals(new double[] {7, 8, 9, 10, 11}, all.values(Metric.RD_OPS_S));
        assertArrayEquals(new long[] {millis(7), millis(8), millis(9), millis(10), millis(11)}, all.timesMillis());
        assertArrayEquals(new double[] {70, 80, 90, 100, 110}, all.values(Metric.RD_BYTES_S));
        assertTrue(Double.isNaN(all.value(Metric.WR_BYTES_S, 0)));
    }

    @Test
    void lastNAndSinceT() {
        History history = filled(5, 12);
        assertArrayEquals(new double[] {9, 10, 11}, history.last(HDA, 3).values(Metric.RD_OPS_S));
        assertEquals(5, history.last(HDA, 50).size());
        assertEquals(0, history.last(HDA, 0).size());
        SeriesData since = history.since(HDA, T0.plusSeconds(10));
        assertArrayEquals(new double[] {10, 11}, since.values(Metric.RD_OPS_S));
        assertEquals(T0.plusSeconds(10), since.time(0));
        assertEquals(0, history.since(HDA, T0.plusSeconds(99)).size());
        assertEquals(0, history.all(VDA).size(), "an unknown series is empty");
    }

    @Test
    void ticksWithoutASampleAreNotPointsAndTheGapReasonIsKept() {
        History history = new History(Duration.ofSeconds(6), Duration.ofSeconds(1));
        history.append(tick(0, disk(HDA, 1)));
        history.append(new StatsTick(2, T0.plusSeconds(1), 0, List.of(), Map.of(HDA, "guest shut off"), null, 0, false));
        assertEquals("guest shut off", history.gapReason(HDA).orElseThrow());
        history.append(tick(2));
        history.append(tick(3, disk(HDA, 4)));
        assertTrue(history.gapReason(HDA).isEmpty());
        assertArrayEquals(new long[] {millis(0), millis(3)}, history.all(HDA).timesMillis());
        // wrap past the window with a long gap: old slots must not come back as points
        for (int i = 4; i < 13; i++) {
            history.append(tick(i));
        }
        history.append(tick(13, disk(HDA, 13)));
        assertArrayEquals(new double[] {13}, history.all(HDA).values(Metric.RD_OPS_S));
        history.append(StatsTick.paused(15, T0.plusSeconds(14), 0, "connection lost: x", 0));
        assertEquals("connection lost: x", history.gapReason(HDA).orElseThrow());
        assertEquals("connection lost: x", history.pauseReason().orElseThrow());
    }

    @Test
    void aSeriesWithNoPointLeftIsForgotten() {
        History history = new History(Duration.ofSeconds(4), Duration.ofSeconds(1));
        history.append(tick(0, disk(HDA, 1), disk(VDA, 1)));
        for (int i = 1; i < 8; i++) {
            history.append(tick(i, disk(VDA, 1)));
        }
        assertEquals(List.of(VDA), history.keys());
    }

    @Test
    void preciseMetricsKeepFloatPrecisionCoarseOnesWithin0point4Percent() {
        History history = new History(Duration.ofSeconds(10), Duration.ofSeconds(1));
        history.append(tick(0, disk(HDA, 50_000)));
        history.append(tick(1, disk(HDA, 1234.5678)));
        SeriesData d = history.all(HDA);
        assertEquals(50_000.0, d.value(Metric.RD_OPS_S, 0));
        assertEquals(1234.5678, d.value(Metric.RD_OPS_S, 1), 1e-3);
        assertEquals(50.0, d.value(Metric.RD_LATENCY_MS, 0), 50.0 * 0.004);
        assertEquals(1.2345678, d.value(Metric.RD_LATENCY_MS, 1), 1.2345678 * 0.004);
        assertTrue(Double.isNaN(d.value(Metric.WR_LATENCY_MS, 1)));
    }

    @Test
    void constantMetricsCostNoArray() {
        History constant = new History(Duration.ofSeconds(100), Duration.ofSeconds(1));
        History varying = new History(Duration.ofSeconds(100), Duration.ofSeconds(1));
        for (int i = 0; i < 3; i++) {
            constant.append(tick(i, disk(HDA, 7)));
            varying.append(tick(i, disk(HDA, i)));
        }
        // varying: rd_bytes and rd_ops (float), rd latency (16 bit); write ops always 0, write latency NaN
        assertEquals(2 * 100 * 4 + 100 * 2, varying.footprintBytes() - constant.footprintBytes(), 64);
        assertArrayEquals(new double[] {7, 7, 7}, constant.all(HDA).values(Metric.RD_OPS_S));
        assertArrayEquals(new double[] {0, 0, 0}, varying.all(HDA).values(Metric.WR_OPS_S));
    }

    @Test
    void snapshotIsARecordingOfTheRetainedPoints() {
        History history = filled(3, 5);
        Recording recording = history.snapshot(List.of(HDA, VDA));
        assertEquals(List.of(HDA), recording.keys(), "a series without points is left out");
        assertArrayEquals(new double[] {2, 3, 4}, recording.series(HDA).orElseThrow().values(Metric.RD_OPS_S));
        assertEquals("web", recording.guestName(A));
    }

    @Test
    void readersOnAnotherThreadSeeConsistentCopies() throws Exception {
        History history = new History(Duration.ofSeconds(50), Duration.ofSeconds(1));
        List<Throwable> errors = new ArrayList<>();
        Thread reader = new Thread(() -> {
            for (int i = 0; i < 2000; i++) {
                SeriesData d = history.all(HDA);
                for (int p = 1; p < d.size(); p++) {
                    if (d.value(Metric.RD_OPS_S, p) != d.value(Metric.RD_OPS_S, p - 1) + 1) {
                        errors.add(new AssertionError("torn read at " + p));
                        return;
                    }
                }
            }
        });
        reader.start();
        for (int i = 0; i < 2000; i++) {
            history.append(tick(i, disk(HDA, i)));
        }
        reader.join();
        assertEquals(List.of(), errors);
        assertEquals(Instant.ofEpochMilli(millis(1999)), history.last(HDA, 1).time(0));
    }
}
