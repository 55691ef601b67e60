package org.pvdm.ui.switching;

import java.util.List;
import java.util.function.Consumer;
import org.pvdm.model.convert.Selection;
import org.pvdm.switching.BackupStore;
import org.pvdm.trial.TrialResult;
import org.pvdm.trial.TrialRunner;
import org.pvdm.ui.hosts.HostSession;
import org.pvdm.watch.BootWatch;

/** Trials on a session's host through {@code pvdm try}'s engine, watched for the same time as the CLI's default. */
final class HostTrials implements Trials {
    private final HostSession session;
    private final BackupStore backups;

    HostTrials(HostSession session, BackupStore backups) {
        this.session = session;
        this.backups = backups;
    }

    @Override
    public TrialResult run(String uuid, List<String> devices, Consumer<String> progress) throws Exception {
        Selection selection = devices.isEmpty() ? Selection.all() : Selection.devices(devices);
        return new TrialRunner(session.host(), backups).run(uuid, selection, BootWatch.DEFAULT, progress);
    }

    @Override
    public String unavailable() {
        if (session.host().syntheticCounters()) {
            return "Not on " + session.host().displayName() + ": libvirt's test driver boots no real guest, so a"
                    + " trial there would prove nothing. Use a real QEMU/KVM host.";
        }
        if (session.readOnly()) {
            return "Read-only connection: a trial starts a clone and keeps its result in the guest's metadata. "
                    + session.readOnlyReason();
        }
        return "";
    }
}
