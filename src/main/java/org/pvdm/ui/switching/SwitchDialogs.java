package org.pvdm.ui.switching;

import java.util.List;
import javafx.stage.Window;
import org.pvdm.host.GuestSummary;
import org.pvdm.switching.BackupStore;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.TaskRunner;
import org.pvdm.ui.hosts.HostSession;

/** Opens the switch and backups dialogs for a guest of the current connection. */
public final class SwitchDialogs {
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final BackupStore backups;
    private final SwitchListener onChanged;

    /** @param onChanged told the UUID of a guest whose definition changed */
    public SwitchDialogs(TaskRunner runner, DialogService dialogs, BackupStore backups, SwitchListener onChanged) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.backups = backups;
        this.onChanged = onChanged;
    }

    /** Opens the plan for the named devices; returns the dialog (already showing). */
    public PlanDialog openPlan(Window owner, HostSession session, GuestSummary guest, List<String> devices) {
        SwitchViewModel vm = new SwitchViewModel(runner, new SwitchService(session, backups), guest, devices, onChanged);
        vm.trial().setTrials(new HostTrials(session, backups));
        PlanDialog dialog = new PlanDialog(owner, vm, dialogs);
        dialog.show();
        vm.replan();
        return dialog;
    }

    /** Opens one plan for several guests (every convertible device of each); returns the dialog (showing). */
    public BatchDialog openBatch(Window owner, HostSession session, List<GuestSummary> guests) {
        BatchViewModel vm = new BatchViewModel(runner, new BatchService(session, backups), guests, onChanged);
        BatchDialog dialog = new BatchDialog(owner, vm, dialogs);
        dialog.show();
        vm.replan();
        return dialog;
    }

    public BackupsDialog openBackups(Window owner, HostSession session, GuestSummary guest) {
        BackupsViewModel vm = new BackupsViewModel(runner, new SwitchService(session, backups), guest, dialogs, onChanged);
        BackupsDialog dialog = new BackupsDialog(owner, vm);
        dialog.show();
        vm.load();
        return dialog;
    }
}
