package org.pvdm.ui.switching;

import java.util.List;
import org.pvdm.batch.BatchApplier;
import org.pvdm.batch.BatchPlan;
import org.pvdm.batch.BatchPlanner;
import org.pvdm.batch.Outcome;
import org.pvdm.host.HostException;
import org.pvdm.model.convert.Selection;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Journal;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.WriteAccess;
import org.pvdm.ui.hosts.HostSession;
import org.pvdm.watch.BootWatch;
import org.pvdm.watch.WatchedApply;

/**
 * The batch engine of {@code pvdm convert G1 G2} as the GUI calls it: one plan for several guests, then each
 * applied through the one apply path with its own backup. Every method blocks (run it through the TaskRunner).
 */
public class BatchService {
    private final HostSession session;
    private final BackupStore backups;

    public BatchService(HostSession session, BackupStore backups) {
        this.session = session;
        this.backups = backups;
    }

    /** Every convertible device of each guest (by UUID), planned with the same options. */
    public BatchPlan plan(List<String> uuids, PowerOptions power, boolean driversConfirmed) throws HostException {
        WriteAccess access = session.readOnly() ? WriteAccess.denied(session.readOnlyReason()) : WriteAccess.allowed();
        return new BatchPlanner(session.host()).plan(uuids, new BatchPlanner.Options(Selection.all(), power, access,
                driversConfirmed));
    }

    /**
     * Applies guest by guest as a single switch would: the admin's driver confirmation kept, and a guest that is
     * started again watched for the default time and rolled back when its boot fails. One guest's failure stops
     * no other; every guest ends with an outcome.
     */
    public List<Outcome> apply(BatchPlan plan, PowerOptions power, boolean driversConfirmed,
                               BatchApplier.GuestProgress progress) {
        WatchedApply.Options options = new WatchedApply.Options(power, driversConfirmed,
                power.start() ? BootWatch.DEFAULT : java.time.Duration.ZERO, true);
        return new BatchApplier(session.host(), backups, session.reopenForChanges(), Journal.beside(backups))
                .apply(plan, options, progress);
    }
}
