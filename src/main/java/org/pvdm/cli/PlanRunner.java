package org.pvdm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostFactory;
import org.pvdm.switching.ApplyResult;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Journal;
import org.pvdm.switching.Plan;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.Verdict;
import org.pvdm.watch.WatchedApply;

/**
 * A plan as convert and apply show it: the plan, a refusal or the question, then the engine's one apply path
 * ({@link WatchedApply}: stage image, backup, journal, define, verify, watch), said line by line, and the exit code.
 */
final class PlanRunner {
    private PlanRunner() {}

    /**
     * @param confirmed    the admin said --drivers-installed: kept in the guest's metadata once the switch is stored
     * @param watch        how long to watch the guest after --start (zero: not at all)
     * @param autoRollback restore the backup when the watch fails
     */
    record Run(boolean yes, boolean confirmed, Duration watch, boolean autoRollback) {
    }

    /** @param reconnect opens the same host again after a lost connection, to say what libvirt stored */
    static int showAndApply(Host host, HostFactory reconnect, Plan plan, PowerOptions power, Run run,
                            PrintWriter out) throws HostException, IOException {
        out.print(PlanText.text(plan, host.displayName()));
        if (plan.empty()) {
            out.println("\nNothing to switch.");
            return ExitCodes.OK;
        }
        if (plan.blocked()) {
            // a host that refuses writing exits as a define refused for it would (6), found before anything is written
            int code = plan.checks().stream().anyMatch(c -> c.verdict() == Verdict.BLOCK && c.id().equals("write-access"))
                    ? ExitCodes.DENIED : ExitCodes.REFUSED;
            throw new CliException(code, "refused, nothing was changed: " + PlanText.blockingSummary(plan)
                    + PlanText.withoutBlocked(plan).map(c -> "; the other changes are not blocked: switch them alone"
                    + " with " + c).orElse(""));
        }
        Confirm.ask(out, "\nApply these " + plan.changes().size() + " change(s) to " + plan.guest() + "?", run.yes());
        WatchedApply.Options options = new WatchedApply.Options(power, run.confirmed(), run.watch(), run.autoRollback());
        WatchedApply.Result r = new WatchedApply(host, BackupStore.standard(), reconnect, Journal.standard())
                .apply(plan, options, new WatchedApply.Listener() {
                    @Override
                    public void step(String message) {
                        out.println("  " + message);
                        out.flush();
                    }

                    @Override
                    public void switched(ApplyResult applied) {
                        said(plan, applied, out);
                    }
                });
        out.flush();
        if (!r.watchFailed()) {
            return ExitCodes.OK;
        }
        WatchedApply.Outcome w = r.watch().orElseThrow();
        String backup = r.applied().backup().id();
        if (w.rolledBack()) {
            throw new CliException(ExitCodes.REFUSED, plan.guest() + ": " + w.watch().failure() + "; rolled back to"
                    + " backup " + backup + " and started again");
        }
        throw new CliException(ExitCodes.REFUSED, plan.guest() + ": " + w.watch().summary() + "; roll back with: pvdm"
                + " rollback " + plan.guest() + " --to " + backup + " --yes --shutdown --start");
    }

    /** The lines said once the switch is stored, before any watch: the backup, and what a stage leaves to do. */
    private static void said(Plan plan, ApplyResult r, PrintWriter out) {
        out.println("Switched " + plan.guest() + "; backup " + r.backup().id() + " (" + r.backup().file() + ")");
        if (plan.stageApplied() == 1) {
            out.println("Stage 1 of 2 applied: the boot disk is untouched. Next: boot " + plan.guest() + " once so"
                    + " Windows binds the driver (install it from the driver ISO if needed), shut it down, then: pvdm"
                    + " convert " + plan.guest() + " --yes (add --drivers-installed when its guest agent cannot show"
                    + " the driver)");
        } else if (plan.stageApplied() == 2) {
            out.println("Stage 2 of 2 applied: the boot disk is switched and the temporary disk is gone.");
        }
        out.flush();
    }
}
