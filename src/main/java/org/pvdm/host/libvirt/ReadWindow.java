package org.pvdm.host.libvirt;

/**
 * The span of System.nanoTime() during which one tick's counters were actually read, so a snapshot's time
 * stamp is not skewed by listing guests or fetching XML (which can take long on the first tick).
 */
final class ReadWindow {

    private long first = Long.MIN_VALUE;
    private long last = Long.MIN_VALUE;

    /** Call right before and right after each call that returns counters. */
    void mark() {
        long now = System.nanoTime();
        if (first == Long.MIN_VALUE) {
            first = now;
        }
        last = now;
    }

    /** Middle of the window; now when nothing was read. */
    long midpoint() {
        return first == Long.MIN_VALUE ? System.nanoTime() : first + (last - first) / 2;
    }
}
