package org.pvdm.ui.switching;

import java.io.IOException;
import java.util.List;
import org.pvdm.host.HostException;
import org.pvdm.model.convert.Selection;
import org.pvdm.switching.Applier;
import org.pvdm.switching.ApplyResult;
import org.pvdm.switching.Backup;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Planner;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.Progress;
import org.pvdm.switching.Rollback;
import org.pvdm.switching.WriteAccess;
import org.pvdm.ui.hosts.HostSession;

/** The switching engine as the GUI calls it; every method blocks (run it through the TaskRunner). */
public final class SwitchService {
    private final HostSession session;
    private final BackupStore backups;

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
        return new Planner(session.host()).plan(uuid, selection, power, access, driversConfirmed);
    }

    public ApplyResult apply(Plan plan, PowerOptions power, Progress progress) throws HostException, IOException {
        return new Applier(session.host(), backups).apply(plan, power, progress);
    }

    public Rollback.Result rollback(String uuid, String backupId, PowerOptions power, Progress progress)
            throws HostException, IOException {
        return new Rollback(session.host(), backups).restore(uuid, backupId, power, progress);
    }

    /** What a rollback to the backup would change: the guest's current definition against the backup's. */
    public String rollbackDiff(String uuid, String backupId) throws HostException, IOException {
        Backup b = backups.find(session.host().uri(), uuid, backupId)
                .orElseThrow(() -> new IOException("backup " + backupId + " is gone"));
        return org.pvdm.model.convert.UnifiedDiff.of(session.host().inactiveXml(uuid), backups.read(b),
                "a/current.xml", "b/backup-" + b.id() + ".xml");
    }

    /** The guest's backups, newest first. */
    public List<Backup> backups(String uuid) throws IOException {
        return backups.list(session.host().uri(), uuid);
    }
}
