package org.pvdm.watch;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.convert.Change;
import org.pvdm.switching.ApplyResult;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Plan;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.Progress;
import org.pvdm.switching.Rollback;

/**
 * The watch after a switch that started the guest, and the rollback when it fails and the admin allowed it;
 * shared by the GUI (the CLI prints the same steps itself). Blocks: never on the FX thread.
 */
public final class WatchedApply {
    /** How long a guest that failed its watch gets to shut down before the rollback powers it off. */
    public static final Duration ROLLBACK_SHUTDOWN = Duration.ofSeconds(30);

    /** @param rolledBack true when the backup was defined again and the guest started */
    public record Outcome(WatchResult watch, boolean rolledBack) {}

    private WatchedApply() {}

    /** The switched disks whose I/O proves the guest uses them (not added or removed ones). */
    public static List<String> watchedDisks(Plan plan) {
        return plan.changes().stream().filter(c -> c.kind() == DeviceKind.DISK && !c.from().isEmpty()
                && !c.to().equals("removed")).map(Change::newName).toList();
    }

    /** Watches the started guest; empty when it was not started. */
    public static Optional<Outcome> after(Host host, BackupStore backups, ApplyResult r, boolean agentBefore,
                                         Duration watch, boolean autoRollback, Progress progress)
            throws HostException, IOException {
        if (!r.started() || watch.isZero()) {
            return Optional.empty();
        }
        Plan plan = r.plan();
        WatchResult w = new BootWatch(host).watch(plan.uuid(), watchedDisks(plan), agentBefore, watch, progress::step);
        progress.step(w.summary());
        if (w.passed() || !autoRollback) {
            return Optional.of(new Outcome(w, false));
        }
        progress.step("rolling back to backup " + r.backup().id() + " (automatic rollback)");
        new Rollback(host, backups).restore(plan.uuid(), r.backup().id(), new PowerOptions(true, true,
                ROLLBACK_SHUTDOWN, true), progress);
        return Optional.of(new Outcome(w, true));
    }
}
