package org.pvdm.ui.switching;

import java.util.List;
import org.pvdm.batch.BatchPlan;
import org.pvdm.batch.Outcome;

/** What the batch dialog says about a plan and its result. */
final class BatchWords {
    private BatchWords() {}

    static String planSummary(BatchPlan b) {
        return b.applicable().size() + " guest(s) to switch (" + b.changes() + " change(s)), " + b.blocked().size()
                + " refused by a check, " + b.left().size() + " left alone. A backup of each definition is taken first.";
    }

    static String question(BatchPlan b) {
        if (b == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder("Apply " + b.changes() + " change(s) to " + b.applicable().size()
                + " guest(s), one by one, each with its own backup?");
        if (!b.blocked().isEmpty()) {
            sb.append("\nRefused (not touched): ").append(String.join(", ", b.blocked().stream().map(p -> p.guest())
                    .toList())).append('.');
        }
        if (!b.left().isEmpty()) {
            sb.append("\nLeft alone: ").append(String.join(", ", b.left().stream().map(l -> l.guest().name())
                    .toList())).append('.');
        }
        return sb.toString();
    }

    static String resultSummary(List<Outcome> done) {
        long switched = count(done, Outcome.Result.SWITCHED);
        long refused = count(done, Outcome.Result.REFUSED);
        long failed = count(done, Outcome.Result.FAILED);
        long left = count(done, Outcome.Result.SKIPPED);
        return "Switched " + switched + " guest(s); " + refused + " refused, " + failed + " failed, " + left
                + " left alone." + (failed > 0 ? " A failed guest kept its definition: see its detail." : "");
    }

    private static long count(List<Outcome> done, Outcome.Result r) {
        return done.stream().filter(o -> o.result() == r).count();
    }
}
