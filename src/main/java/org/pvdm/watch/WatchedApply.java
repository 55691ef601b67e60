package org.pvdm.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostFactory;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.convert.Change;
import org.pvdm.switching.Applier;
import org.pvdm.switching.ApplyResult;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Confirmations;
import org.pvdm.switching.Journal;
import org.pvdm.switching.Plan;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.Progress;
import org.pvdm.switching.Rollback;
import org.pvdm.switching.StageImages;

/**
 * The one way a confirmed plan reaches a host, for `pvdm convert GUEST`, `pvdm apply`, each guest of a batch and
 * the GUI alike: the temporary disk's image of a stage 1 made first, the {@link Applier} (lock, re-read, backup,
 * journal, define, verify), the image of a finished stage 2 deleted, the admin's confirmation kept, then, when
 * the guest was started and a watch asked for, the boot watch and the automatic rollback. Every step is said
 * through the progress. Blocks: never on the FX thread.
 */
public final class WatchedApply {
    /** How long a guest that failed its watch gets to shut down before the rollback powers it off. */
    public static final Duration ROLLBACK_SHUTDOWN = Duration.ofSeconds(30);

    /**
     * @param driversConfirmed the admin's word that the drivers are installed: kept in the guest's metadata
     * @param watch            how long to watch the guest after it was started (zero: not at all)
     * @param autoRollback     restore the backup and start the guest again when the watch fails
     */
    public record Options(PowerOptions power, boolean driversConfirmed, Duration watch, boolean autoRollback) {
        /** Apply only: no confirmation kept, no watch. */
        public static Options plain(PowerOptions power) {
            return new Options(power, false, Duration.ZERO, false);
        }
    }

    /** @param rolledBack true when the backup was defined again and the guest started */
    public record Outcome(WatchResult watch, boolean rolledBack) {}

    /** The stored switch, and what the boot watch saw after it (empty when the guest was not watched). */
    public record Result(ApplyResult applied, Optional<Outcome> watch) {
        public boolean watchFailed() {
            return watch.isPresent() && !watch.get().watch().passed();
        }
    }

    /** Hears every step, and the moment the switch is stored (before any watch begins). */
    @FunctionalInterface
    public interface Listener extends Progress {
        default void switched(ApplyResult r) {
        }
    }

    private final Host host;
    private final BackupStore backups;
    private final HostFactory reconnect;
    private final Journal journal;

    /** @param reconnect opens the same host again after a lost connection, to say what libvirt stored (null: no) */
    public WatchedApply(Host host, BackupStore backups, HostFactory reconnect, Journal journal) {
        this.host = host;
        this.backups = backups;
        this.reconnect = reconnect;
        this.journal = journal;
    }

    /** With the journal beside the backups (the standard journal beside the standard store). */
    public WatchedApply(Host host, BackupStore backups) {
        this(host, backups, null, Journal.beside(backups));
    }

    /** The switched disks whose I/O proves the guest uses them (not added or removed ones). */
    public static List<String> watchedDisks(Plan plan) {
        return plan.changes().stream().filter(c -> c.kind() == DeviceKind.DISK && !c.from().isEmpty()
                && !c.to().equals("removed")).map(Change::newName).toList();
    }

    public Result apply(Plan plan, Options o, Listener listener) throws HostException, IOException {
        boolean watching = o.power().start() && !o.watch().isZero();
        // asked before the switch: an agent that answered then and is silent after it is a sign of a bad boot
        boolean agentBefore = watching && plan.running() && BootWatch.agentAnswers(host, plan.uuid());
        Optional<Path> image = StageImages.toCreate(plan);
        if (image.isPresent()) {
            StageImages.create(image.get());
            listener.step("created the temporary disk's image " + image.get() + " (qcow2, 64 MiB)");
        }
        ApplyResult r;
        try {
            r = new Applier(host, backups, reconnect, journal).apply(plan, o.power(), listener);
        } catch (HostException | IOException | RuntimeException e) {
            image.ifPresent(p -> listener.step(StageImages.delete(p)));
            throw e;
        }
        StageImages.toDelete(plan).ifPresent(p -> listener.step(StageImages.delete(p)));
        if (o.driversConfirmed()) {
            String kept = Confirmations.record(host, plan);
            if (!kept.isEmpty()) {
                listener.step(kept);
            }
        }
        listener.switched(r);
        return new Result(r, watching && r.started() ? watch(r, agentBefore, o, listener) : Optional.empty());
    }

    private Optional<Outcome> watch(ApplyResult r, boolean agentBefore, Options o, Progress progress)
            throws HostException, IOException {
        Optional<String> unwatchable = BootWatch.unwatchable(host);
        if (unwatchable.isPresent()) {
            progress.step(unwatchable.get());
            return Optional.empty();
        }
        Plan plan = r.plan();
        List<String> disks = watchedDisks(plan);
        progress.step("watching " + plan.guest() + " for " + o.watch().toSeconds() + " s (I/O on "
                + (disks.isEmpty() ? "no switched disk" : String.join(", ", disks))
                + (agentBefore ? ", its guest agent" : "") + ", state, resets)");
        BootWatch boot = new BootWatch(host, reconnect);
        try {
            WatchResult w;
            try {
                w = boot.watch(plan.uuid(), disks, agentBefore, o.watch(), progress::step);
            } catch (HostException e) {
                // the switch is stored: whoever reads this error must learn that nobody watched or rolled back
                throw new HostException(e.kind(), "the boot watch of " + plan.guest() + " stopped: " + e.getMessage()
                        + "; " + plan.guest() + " is switched (backup " + r.backup().id() + ") and was not rolled"
                        + " back: check it, and roll back with: pvdm rollback " + plan.guest() + " --to "
                        + r.backup().id() + " --yes --shutdown --start", e);
            }
            progress.step(w.summary());
            if (w.passed() || !o.autoRollback()) {
                return Optional.of(new Outcome(w, false));
            }
            progress.step("rolling back to backup " + r.backup().id() + " (automatic rollback)");
            new Rollback(boot.host(), backups).restore(plan.uuid(), r.backup().id(), new PowerOptions(true, true,
                    ROLLBACK_SHUTDOWN, true), progress);
            return Optional.of(new Outcome(w, true));
        } finally {
            if (boot.host() != host) {
                boot.host().close();
            }
        }
    }
}
