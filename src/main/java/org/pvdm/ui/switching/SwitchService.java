package org.pvdm.ui.switching;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pvdm.host.HostException;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.convert.UnifiedDiff;
import org.pvdm.switching.ApplyResult;
import org.pvdm.switching.Backup;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Journal;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Planner;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.Progress;
import org.pvdm.switching.Rollback;
import org.pvdm.switching.WriteAccess;
import org.pvdm.ui.hosts.HostSession;
import org.pvdm.watch.BootWatch;
import org.pvdm.watch.WatchedApply;

/** The switching engine as the GUI calls it; every method blocks (run it through the TaskRunner). */
public final class SwitchService {
    private final HostSession session;
    private final BackupStore backups;
    /** The plans made on the admin's word (the checkbox): applying one keeps the word in the guest's metadata. */
    private final Set<Plan> confirmedPlans = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    public SwitchService(HostSession session, BackupStore backups) {
        this.session = session;
        this.backups = backups;
    }

    public HostSession session() {
        return session;
    }

    /** A plan for the named devices (target dev, MAC, TYPE:INDEX) of a guest. */
    public Plan plan(String uuid, List<String> devices, PowerOptions power, boolean driversConfirmed)
            throws HostException {
        WriteAccess access = session.readOnly() ? WriteAccess.denied(session.readOnlyReason()) : WriteAccess.allowed();
        Selection selection = devices.isEmpty() ? Selection.all() : Selection.devices(devices);
        Plan plan = new Planner(session.host()).plan(uuid, selection, power, access, driversConfirmed);
        if (driversConfirmed) {
            confirmedPlans.add(plan);
        }
        return plan;
    }

    /** Applies through the engine's one path (stage image, backup, journal, define, verify); no watch. */
    public ApplyResult apply(Plan plan, PowerOptions power, Progress progress) throws HostException, IOException {
        WatchedApply.Options options = new WatchedApply.Options(power, confirmedPlans.remove(plan), Duration.ZERO, false);
        return engine().apply(plan, options, progress::step).applied();
    }

    /**
     * Applies, then (when the guest was started) watches its boot for the default time and rolls back when the
     * watch fails and {@code autoRollback} is set; the watch's outcome is said through {@code progress}.
     */
    public Watched applyWatched(Plan plan, PowerOptions power, boolean autoRollback, Progress progress)
            throws HostException, IOException {
        // "Start it again" is offered for a running guest only: a shut-off guest is not watched.
        Duration watch = plan.running() ? BootWatch.DEFAULT : Duration.ZERO;
        WatchedApply.Result r = engine().apply(plan, new WatchedApply.Options(power, confirmedPlans.remove(plan), watch,
                autoRollback), progress::step);
        return new Watched(r.applied(), r.watch());
    }

    private WatchedApply engine() {
        return new WatchedApply(session.host(), backups, session.reopenForChanges(), Journal.beside(backups));
    }

    /** A switch and what the boot watchdog saw after it (empty when the guest was not started). */
    public record Watched(ApplyResult result, Optional<WatchedApply.Outcome> watch) {}

    public Rollback.Result rollback(String uuid, String backupId, PowerOptions power, Progress progress)
            throws HostException, IOException {
        return new Rollback(session.host(), backups).restore(uuid, backupId, power, progress);
    }

    /** What a rollback to the backup would change: the guest's current definition against the backup's. */
    public String rollbackDiff(String uuid, String backupId) throws HostException, IOException {
        Backup b = backups.find(session.host().uri(), uuid, backupId)
                .orElseThrow(() -> new IOException("backup " + backupId + " is gone"));
        return UnifiedDiff.of(session.host().inactiveXml(uuid), backups.read(b),
                "a/current.xml", "b/backup-" + b.id() + ".xml");
    }

    /** The guest's backups, newest first. */
    public List<Backup> backups(String uuid) throws IOException {
        return backups.list(session.host().uri(), uuid);
    }
}
