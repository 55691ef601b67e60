package org.pvdm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.convert.Change;
import org.pvdm.switching.ApplyResult;
import org.pvdm.switching.Applier;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Confirmations;
import org.pvdm.switching.Plan;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.Rollback;
import org.pvdm.switching.StageImages;
import org.pvdm.watch.BootWatch;
import org.pvdm.watch.WatchResult;

/** The one path from a plan to a change, shared by convert and apply: show, refuse or ask, apply, watch, report. */
final class PlanRunner {
    /** How long a guest that failed its watch gets to shut down before --auto-rollback powers it off. */
    static final Duration ROLLBACK_SHUTDOWN = Duration.ofSeconds(30);

    private PlanRunner() {}

    /**
     * @param confirmed    the admin said --drivers-installed: kept in the guest's metadata once the switch is stored
     * @param watch        how long to watch the guest after --start (zero: not at all)
     * @param autoRollback restore the backup when the watch fails
     */
    record Run(boolean yes, boolean confirmed, Duration watch, boolean autoRollback) {
        static Run plain(boolean yes) {
            return new Run(yes, false, Duration.ZERO, false);
        }
    }

    static int showAndApply(Host host, Plan plan, PowerOptions power, boolean yes, PrintWriter out)
            throws HostException, IOException {
        return showAndApply(host, null, plan, power, Run.plain(yes), out);
    }

    /** @param reconnect opens the same host again after a lost connection, to say what libvirt stored */
    static int showAndApply(Host host, org.pvdm.host.HostFactory reconnect, Plan plan, PowerOptions power, boolean yes,
                            PrintWriter out) throws HostException, IOException {
        return showAndApply(host, reconnect, plan, power, Run.plain(yes), out);
    }

    /** @param reconnect opens the same host again after a lost connection, to say what libvirt stored */
    static int showAndApply(Host host, org.pvdm.host.HostFactory reconnect, Plan plan, PowerOptions power, Run run,
                            PrintWriter out) throws HostException, IOException {
        out.print(PlanText.text(plan, host.displayName()));
        if (plan.empty()) {
            out.println("\nNothing to switch.");
            return ExitCodes.OK;
        }
        if (plan.blocked()) {
            throw new CliException(ExitCodes.REFUSED, "refused, nothing was changed: " + PlanText.blockingSummary(plan));
        }
        Confirm.ask(out, "\nApply these " + plan.changes().size() + " change(s) to " + plan.guest() + "?", run.yes());
        boolean watch = power.start() && !run.watch().isZero();
        boolean agentBefore = watch && plan.running() && BootWatch.agentAnswers(host, plan.uuid());
        java.util.Optional<java.nio.file.Path> image = StageImages.toCreate(plan);
        if (image.isPresent()) {
            StageImages.create(image.get());
            out.println("  created the temporary disk's image " + image.get() + " (" + "qcow2, 64 MiB)");
        }
        ApplyResult r;
        try {
            r = new Applier(host, BackupStore.standard(), reconnect,
                    org.pvdm.switching.Journal.standard()).apply(plan, power, m -> out.println("  " + m));
        } catch (HostException | IOException | RuntimeException e) {
            image.ifPresent(p -> out.println("  " + StageImages.delete(p)));
            throw e;
        }
        StageImages.toDelete(plan).ifPresent(p -> out.println("  " + StageImages.delete(p)));
        if (run.confirmed()) {
            String kept = Confirmations.record(host, plan);
            if (!kept.isEmpty()) {
                out.println("  " + kept);
            }
        }
        out.println("Switched " + plan.guest() + "; backup " + r.backup().id() + " (" + r.backup().file() + ")");
        if (plan.stageApplied() == 1) {
            out.println("Stage 1 of 2 applied: the boot disk is untouched. Next: boot " + plan.guest() + " once so"
                    + " Windows binds the driver (install it from the driver ISO if needed), shut it down, then: pvdm"
                    + " convert " + plan.guest() + " --yes (add --drivers-installed when its guest agent cannot show"
                    + " the driver)");
        } else if (plan.stageApplied() == 2) {
            out.println("Stage 2 of 2 applied: the boot disk is switched and the temporary disk is gone.");
        }
        if (!watch || !r.started()) {
            return ExitCodes.OK;
        }
        return watchAfter(host, plan, r, run, agentBefore, out);
    }

    private static int watchAfter(Host host, Plan plan, ApplyResult r, Run run, boolean agentBefore, PrintWriter out)
            throws HostException, IOException {
        List<String> disks = plan.changes().stream().filter(c -> c.kind() == DeviceKind.DISK && !c.from().isEmpty()
                && !c.to().equals("removed")).map(Change::newName).toList();
        out.println("Watching " + plan.guest() + " for " + run.watch().toSeconds() + " s (I/O on "
                + (disks.isEmpty() ? "no switched disk" : String.join(", ", disks)) + (agentBefore
                ? ", its guest agent" : "") + ", state, resets)");
        out.flush();
        WatchResult w = new BootWatch(host).watch(plan.uuid(), disks, agentBefore, run.watch(),
                m -> out.println("  " + m));
        if (w.passed()) {
            out.println(w.summary());
            return ExitCodes.OK;
        }
        out.flush();
        if (!run.autoRollback()) {
            throw new CliException(ExitCodes.REFUSED, plan.guest() + ": " + w.summary() + "; roll back with: pvdm"
                    + " rollback " + plan.guest() + " --to " + r.backup().id() + " --yes --shutdown --start");
        }
        out.println(w.summary() + ": rolling back (--auto-rollback)");
        PowerOptions back = new PowerOptions(true, true, ROLLBACK_SHUTDOWN, true);
        new Rollback(host, BackupStore.standard()).restore(plan.uuid(), r.backup().id(), back,
                m -> out.println("  " + m));
        out.flush();
        throw new CliException(ExitCodes.REFUSED, plan.guest() + ": " + w.failure() + "; rolled back to backup "
                + r.backup().id() + " and started again");
    }
}
