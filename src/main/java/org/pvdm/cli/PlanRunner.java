package org.pvdm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.switching.ApplyResult;
import org.pvdm.switching.Applier;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Plan;
import org.pvdm.switching.PowerOptions;

/** The one path from a plan to a change, shared by convert and apply: show, refuse or ask, apply, report. */
final class PlanRunner {
    private PlanRunner() {}

    static int showAndApply(Host host, Plan plan, PowerOptions power, boolean yes, PrintWriter out)
            throws HostException, IOException {
        return showAndApply(host, null, plan, power, yes, out);
    }

    /** @param reconnect opens the same host again after a lost connection, to say what libvirt stored */
    static int showAndApply(Host host, org.pvdm.host.HostFactory reconnect, Plan plan, PowerOptions power, boolean yes,
                            PrintWriter out) throws HostException, IOException {
        out.print(PlanText.text(plan, host.displayName()));
        if (plan.empty()) {
            out.println("\nNothing to switch.");
            return ExitCodes.OK;
        }
        if (plan.blocked()) {
            throw new CliException(ExitCodes.REFUSED, "refused, nothing was changed: " + PlanText.blockingSummary(plan));
        }
        Confirm.ask(out, "\nApply these " + plan.changes().size() + " change(s) to " + plan.guest() + "?", yes);
        ApplyResult r = new Applier(host, BackupStore.standard(), reconnect,
                org.pvdm.switching.Journal.standard()).apply(plan, power, m -> out.println("  " + m));
        out.println("Switched " + plan.guest() + "; backup " + r.backup().id() + " (" + r.backup().file() + ")");
        return ExitCodes.OK;
    }
}
