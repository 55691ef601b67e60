package org.pvdm.host;

import java.time.Instant;
import java.util.List;

/**
 * Raw counters of one tick.
 *
 * @param monotonicNanos {@link System#nanoTime()} when the counters were read (for rates)
 * @param wallTime       wall clock time of the read (for display and CSV)
 * @param bulk           true when one bulk call delivered them
 * @param synthetic      true on libvirt's test driver, whose counters are fakes derived from the clock
 */
public record CounterSnapshot(long monotonicNanos, Instant wallTime, List<GuestCounters> guests, boolean bulk,
                              boolean synthetic) {}
