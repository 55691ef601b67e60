package org.pvdm.watch;

import java.util.List;

/**
 * What the boot watchdog saw.
 *
 * @param passed  the guest ran the whole time, did I/O on every watched disk and answered where it did before
 * @param seconds how long it was watched
 * @param failure the first thing that failed it ("" when it passed)
 * @param seen    everything observed, in words, in order
 */
public record WatchResult(boolean passed, long seconds, String failure, List<String> seen) {
    public WatchResult {
        seen = List.copyOf(seen);
    }

    /** One line for the CLI and the GUI. */
    public String summary() {
        return passed ? "the boot watchdog saw no problem in " + seconds + " s: " + String.join("; ", seen)
                : "the boot watchdog saw a failure after " + seconds + " s: " + failure;
    }
}
