package org.pvdm.ui.lab;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import org.pvdm.lab.Lab;
import org.pvdm.lab.LabException;
import org.pvdm.lab.LabOptions;
import org.pvdm.lab.LabStatus;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.Problem;
import org.pvdm.ui.common.TaskRunner;
import org.pvdm.ui.guests.GuestItem;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.ConnectionsViewModel;
import org.pvdm.ui.stats.StatsMode;
import org.pvdm.ui.stats.StatsViewModel;

/**
 * "Start demo lab": runs {@code pvdm lab up} in the background (real QEMU twins, IDE + e1000 beside virtio),
 * then connects to the lab's host and puts the twins side by side in the live statistics.
 */
public final class DemoLabViewModel {
    public static final String LAB_URI = "qemu:///system";
    static final String EMULATED = "pvdm-lab-emulated";
    static final String PV = "pvdm-lab-pv";

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ConnectionsViewModel connections;
    private final StatsViewModel stats;
    private final Runnable showStats;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");

    public DemoLabViewModel(TaskRunner runner, DialogService dialogs, ConnectionsViewModel connections,
                            StatsViewModel stats, Runnable showStats) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.connections = connections;
        this.stats = stats;
        this.showStats = showStats;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The lab's last step, for the status bar. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Asks first (it works as root on this machine for minutes), then starts; {@link #cancel()} stops it. */
    public void start() {
        if (running.get() || !dialogs.confirm("Start the demo lab?", "pvdm creates and boots real QEMU guests on "
                + LAB_URI + " (an emulated twin and a paravirtual twin on an isolated bridge). As root on Debian 12 it"
                + " may install and start libvirtd and QEMU first. It takes 1 to 2 minutes under TCG; you can cancel"
                + " it from the File menu, and 'pvdm lab down' removes everything it made.", "Start the lab")) {
            return;
        }
        cancelled = false;
        running.set(true);
        progress.set("starting the demo lab on " + LAB_URI + " (1 to 2 minutes under TCG)");
        runner.run("start the demo lab", () -> Lab.on(LAB_URI).up(LabOptions.defaults(), m -> {
            if (cancelled) {
                throw new java.util.concurrent.CancellationException("cancelled");
            }
            runner.onUi(() -> progress.set("demo lab: " + m));
        }), this::started, this::failed);
    }

    /** Stops the lab at its next step; what it made stays until 'pvdm lab down'. */
    public void cancel() {
        if (running.get()) {
            cancelled = true;
            progress.set("demo lab: cancelling after the current step…");
        }
    }

    private volatile boolean cancelled;

    private void started(LabStatus status) {
        running.set(false);
        if (cancelled) {
            progress.set("demo lab cancelled; 'pvdm lab down' removes what it made");
            return;
        }
        progress.set("demo lab running" + (status.accelerator() == null ? "" : ": " + status.accelerator().label()));
        connections.connect(ConnectionEntry.of(LAB_URI));
        stats.modeProperty().set(StatsMode.TWO_GUESTS);
        stats.guests().addListener(new ListChangeListener<GuestItem>() {
            @Override
            public void onChanged(Change<? extends GuestItem> c) {
                if (pickTwins()) {
                    stats.guests().removeListener(this);
                }
            }
        });
        pickTwins();
        showStats.run();
    }

    /** Puts the emulated twin on the left, the paravirtual one on the right, once both are listed. */
    private boolean pickTwins() {
        GuestItem emulated = find(EMULATED);
        GuestItem pv = find(PV);
        if (emulated == null || pv == null) {
            return false;
        }
        stats.guestAProperty().set(emulated);
        stats.guestBProperty().set(pv);
        return true;
    }

    private GuestItem find(String name) {
        return stats.guests().stream().filter(g -> g.name().equals(name)).findFirst().orElse(null);
    }

    private void failed(Throwable t) {
        running.set(false);
        progress.set("");
        if (cancelled) {
            progress.set("demo lab cancelled; 'pvdm lab down' removes what it made");
            return;
        }
        dialogs.showError(t instanceof LabException
                ? new Problem("Start the demo lab", t.getMessage(), "Run 'pvdm lab up' in a terminal (as root on"
                        + " Debian 12 it installs and starts libvirtd and QEMU) to see every step; 'pvdm lab status'"
                        + " shows what exists.")
                : Problem.of("start the demo lab", t));
    }
}
