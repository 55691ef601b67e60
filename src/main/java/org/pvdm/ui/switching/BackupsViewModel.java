package org.pvdm.ui.switching;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pvdm.host.GuestSummary;
import org.pvdm.switching.Backup;
import org.pvdm.switching.PowerOptions;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.Problem;
import org.pvdm.ui.common.TaskRunner;

/** A guest's backups, newest first, and rolling back to one of them. */
public final class BackupsViewModel {
    private final TaskRunner runner;
    private final SwitchService service;
    private final GuestSummary guest;
    private final DialogService dialogs;
    private final SwitchListener onChanged;
    private final ObservableList<Backup> backups = FXCollections.observableArrayList();
    private final ObjectProperty<Backup> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty restart = new SimpleBooleanProperty(this, "restart", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public BackupsViewModel(TaskRunner runner, SwitchService service, GuestSummary guest, DialogService dialogs,
                            SwitchListener onChanged) {
        this.runner = runner;
        this.service = service;
        this.guest = guest;
        this.dialogs = dialogs;
        this.onChanged = onChanged;
    }

    public void load() {
        busy.set(true);
        message.set("Reading the backups of " + guest.name() + "…");
        runner.run("list the backups of " + guest.name(), () -> service.backups(guest.uuid()), list -> {
            busy.set(false);
            backups.setAll(list);
            message.set(list.isEmpty() ? "No backups of " + guest.name() + " on " + service.session().label()
                    + " yet: pvdm takes one before every switch." : list.size() + " backup(s), newest first.");
        }, failure -> {
            busy.set(false);
            Problem p = Problem.of("List the backups of " + guest.name(), failure);
            message.set(p.whatFailed());
            dialogs.showError(p);
        });
    }

    public void rollbackSelected() {
        Backup b = selected.get();
        if (b == null || busy.get()) {
            return;
        }
        busy.set(true);
        message.set("Rolling back " + guest.name() + " to " + b.id() + "…");
        PowerOptions power = new PowerOptions(restart.get(), restart.get(), PowerOptions.DEFAULT_TIMEOUT, false);
        runner.run("roll back " + guest.name(), () -> service.rollback(guest.uuid(), b.id(), power, m -> { }), r -> {
            busy.set(false);
            message.set("Rolled back " + guest.name() + " to " + r.restored().id()
                    + (r.safety() == null ? " (it was already identical)." : "; the definition it replaced is backup "
                    + r.safety().id() + ".") + (r.pendingColdBoot() ? " Takes effect at the next cold boot." : ""));
            onChanged.changed(guest.uuid());
            load();
        }, failure -> {
            busy.set(false);
            Problem p = Problem.of("Roll back " + guest.name(), failure);
            message.set(p.whatFailed());
            dialogs.showError(p);
        });
    }

    public GuestSummary guest() {
        return guest;
    }

    public ObservableList<Backup> backups() {
        return backups;
    }

    public ObjectProperty<Backup> selectedProperty() {
        return selected;
    }

    public BooleanProperty restartProperty() {
        return restart;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
