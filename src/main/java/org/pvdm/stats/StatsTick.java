package org.pvdm.stats;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one sampler tick produced. Immutable; delivered to listeners on the sampler thread.
 *
 * @param sequence       1, 2, 3... per sampler (dropped ticks are not numbered)
 * @param time           wall-clock time of the sample (of the attempt when it failed)
 * @param monotonicNanos {@link System#nanoTime()} of the sample
 * @param samples        one entry per series that has rates this tick
 * @param gaps           series with no rates this tick, each with the reason a person can read
 *                       ("waiting for a second sample", "guest shut off", "counters went backwards ...")
 * @param pauseReason    null when the sample succeeded; otherwise why EVERY series is paused this tick,
 *                       e.g. "connection lost: ..." or "paused"
 * @param droppedTicks   ticks dropped so far by this sampler because a sample took longer than the interval
 * @param synthetic      true when the counters are fakes (libvirt's test driver)
 */
public record StatsTick(long sequence, Instant time, long monotonicNanos, List<SeriesSample> samples,
                        Map<SeriesKey, String> gaps, String pauseReason, long droppedTicks, boolean synthetic) {

    public StatsTick {
        Objects.requireNonNull(time, "time");
        samples = List.copyOf(samples);
        gaps = Map.copyOf(gaps);
    }

    /** A tick in which nothing could be sampled. */
    public static StatsTick paused(long sequence, Instant time, long monotonicNanos, String reason,
                                  long droppedTicks) {
        return new StatsTick(sequence, time, monotonicNanos, List.of(), Map.of(),
                Objects.requireNonNull(reason, "reason"), droppedTicks, false);
    }

    public boolean isPaused() {
        return pauseReason != null;
    }
}
