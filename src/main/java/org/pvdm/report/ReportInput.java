package org.pvdm.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pvdm.stats.Comparison;
import org.pvdm.stats.Recording;

/**
 * Everything a report shows.
 *
 * @param title    "win2k3-fileserver before and after its switch"
 * @param a        the baseline side
 * @param b        the compared side
 * @param pairs    which series are compared; empty to pair them by name and kind
 * @param switched what was switched and when, one line each ("hda -> vda at 12:03:10"); may be empty
 * @param details  more facts, one line each ("Interval: every 1 s")
 * @param created  when the report was made
 */
public record ReportInput(String title, Side a, Side b, List<Comparison.Pair> pairs, List<String> switched,
                          List<String> details, Instant created) {
    public ReportInput {
        pairs = List.copyOf(pairs);
        switched = List.copyOf(switched);
        details = List.copyOf(details);
    }

    /**
     * One side.
     *
     * @param role      "A", "before", "left"...
     * @param source    where the data came from ("recording r1.csv", "live")
     * @param recording its series (host and synthetic flag included when known)
     */
    public record Side(String role, String source, Recording recording) {
        public String host() {
            return recording.host().isEmpty() ? "unknown host" : recording.host();
        }

        public Optional<Boolean> synthetic() {
            return recording.synthetic();
        }
    }
}
