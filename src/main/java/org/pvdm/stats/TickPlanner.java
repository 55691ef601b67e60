package org.pvdm.stats;

/**
 * When the next tick is due. Ticks sit on a fixed grid (start + k * period); when a tick ends after one or
 * more grid points have passed, those ticks are dropped (counted, never run late or in a burst) and the
 * next tick is the first grid point not yet passed. Pure arithmetic on nanosecond clock values.
 */
final class TickPlanner {
    private final long periodNanos;
    private long due;
    private long dropped;

    TickPlanner(long firstDueNanos, long periodNanos) {
        this(firstDueNanos, periodNanos, 0);
    }

    /** @param droppedBefore ticks dropped by an earlier planner of the same sampler (the count goes on) */
    TickPlanner(long firstDueNanos, long periodNanos, long droppedBefore) {
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("period must be positive");
        }
        this.periodNanos = periodNanos;
        this.due = firstDueNanos;
        this.dropped = droppedBefore;
    }

    /**
     * Called when the tick that was due ends at {@code nowNanos}; returns the delay until the next tick
     * (0 when it is due right now).
     */
    long afterTick(long nowNanos) {
        long next = due + periodNanos;
        if (nowNanos > next) {
            long missed = (nowNanos - next - 1) / periodNanos + 1;
            dropped += missed;
            next += missed * periodNanos;
        }
        due = next;
        return Math.max(0, next - nowNanos);
    }

    /** The grid time of the next tick. */
    long due() {
        return due;
    }

    /** Ticks dropped so far. */
    long dropped() {
        return dropped;
    }
}
