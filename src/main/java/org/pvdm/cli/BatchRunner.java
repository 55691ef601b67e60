package org.pvdm.cli;

import java.io.PrintWriter;
import java.util.List;
import org.pvdm.batch.BatchApplier;
import org.pvdm.batch.BatchPlan;
import org.pvdm.batch.Outcome;
import org.pvdm.host.Host;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.PowerOptions;

/**
 * The batch counterpart of {@link PlanRunner}: show one plan for all guests, ask once, apply guest by guest
 * (each with its own backup and verify), then a summary per guest. The exit code says whether all went through.
 */
final class BatchRunner {
    private BatchRunner() {}

    static int showAndApply(Host host, BatchPlan batch, PowerOptions power, boolean yes, PrintWriter out) {
        out.print(BatchText.plan(batch, host.displayName()));
        List<Outcome> outcomes;
        if (batch.applicable().isEmpty()) {
            out.println("\nNothing to switch.");
            outcomes = new BatchApplier(host, BackupStore.standard()).apply(batch, power, (g, m) -> { });
        } else {
            Confirm.ask(out, "\nApply these " + batch.changes() + " change(s) to " + batch.applicable().size()
                    + " guest(s), one by one?", yes);
            outcomes = new BatchApplier(host, BackupStore.standard()).apply(batch, power,
                    (g, m) -> out.println("  " + g + ": " + m));
        }
        out.println();
        out.print(BatchText.summary(outcomes));
        long switched = outcomes.stream().filter(o -> o.result() == Outcome.Result.SWITCHED).count();
        out.println("Switched " + switched + " of " + batch.applicable().size() + " guest(s) planned.");
        return exitCode(outcomes);
    }

    /** 0 when every guest was switched or had nothing to do; else the first failure's code, or 3 for refusals. */
    static int exitCode(List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            if (o.result() == Outcome.Result.FAILED) {
                return o.kind() == null ? ExitCodes.IO : ExitCodes.of(o.kind());
            }
        }
        boolean refused = outcomes.stream().anyMatch(o -> o.result() == Outcome.Result.REFUSED);
        return refused ? ExitCodes.REFUSED : ExitCodes.OK;
    }
}
