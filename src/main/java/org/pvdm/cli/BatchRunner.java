package org.pvdm.cli;

import java.io.PrintWriter;
import java.util.List;
import org.pvdm.batch.BatchApplier;
import org.pvdm.batch.BatchPlan;
import org.pvdm.batch.Outcome;
import org.pvdm.host.Host;
import org.pvdm.host.HostFactory;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Journal;
import org.pvdm.watch.WatchedApply;

/**
 * The batch counterpart of {@link PlanRunner}: show one plan for all guests, ask once, apply guest by guest
 * through the same engine call as a single convert (stage, backup, journal, verify, watch), then a summary per guest. The exit code says whether all went through.
 */
final class BatchRunner {
    private BatchRunner() {}

    /** @param reconnect opens the same host again after a lost connection, to say what libvirt stored */
    static int showAndApply(Host host, HostFactory reconnect, BatchPlan batch, WatchedApply.Options options,
                            boolean yes, PrintWriter out) {
        out.print(BatchText.plan(batch, host.displayName()));
        BatchApplier applier = new BatchApplier(host, BackupStore.standard(), reconnect, Journal.standard());
        List<Outcome> outcomes;
        if (batch.applicable().isEmpty()) {
            out.println("\nNothing to switch.");
            outcomes = applier.apply(batch, options, (g, m) -> { });
        } else {
            Confirm.ask(out, "\nApply these " + batch.changes() + " change(s) to " + batch.applicable().size()
                    + " guest(s), one by one?", yes);
            outcomes = applier.apply(batch, options, (g, m) -> {
                synchronized (out) {
                    out.println("  " + g + ": " + m);
                    out.flush();
                }
            });
        }
        out.println();
        out.print(BatchText.summary(outcomes));
        long switched = outcomes.stream().filter(o -> o.result() == Outcome.Result.SWITCHED).count();
        out.println("Switched " + switched + " of " + batch.applicable().size() + " guest(s) planned.");
        return exitCode(outcomes);
    }

    /**
     * 0 when every guest was switched or had nothing to do; else the first failure's code, 6 when a host that
     * refuses writing refused them, or 3 for refusals.
     */
    static int exitCode(List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            if (o.result() == Outcome.Result.FAILED) {
                // a failed boot watch exits as a single convert does: 3, with what was seen in the summary
                return o.watchFailed() ? ExitCodes.REFUSED : o.kind() == null ? ExitCodes.IO : ExitCodes.of(o.kind());
            }
        }
        if (outcomes.stream().anyMatch(o -> o.result() == Outcome.Result.REFUSED && o.kind() != null)) {
            return ExitCodes.DENIED; // refused because the host refuses writing
        }
        boolean refused = outcomes.stream().anyMatch(o -> o.result() == Outcome.Result.REFUSED);
        return refused ? ExitCodes.REFUSED : ExitCodes.OK;
    }
}
