package org.pvdm.ui.devices;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pvdm.inventory.GuestRow;
import org.pvdm.model.classify.GuestReport;
import org.pvdm.ui.guests.GuestItem;

/**
 * The devices of the selected guest, from the verdicts the guest table already holds (no host call here).
 * Ticks survive a reload of the same guest as long as the device is still switchable.
 */
public final class DevicesViewModel {
    private final ObjectProperty<GuestItem> guest = new SimpleObjectProperty<>(this, "guest");
    private final ObservableList<DeviceItem> items =
            FXCollections.observableArrayList(d -> new Observable[] {d.checkedProperty()});
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final ReadOnlyStringWrapper readiness = new ReadOnlyStringWrapper(this, "readiness", "");
    private final ReadOnlyStringWrapper evidence = new ReadOnlyStringWrapper(this, "evidence", "");
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper(this, "stage", "");
    private final ReadOnlyStringWrapper sizeNote = new ReadOnlyStringWrapper(this, "sizeNote", "");
    private final IntegerBinding checkedCount = Bindings.createIntegerBinding(
            () -> (int) items.stream().filter(DeviceItem::checked).count(), items);
    private final IntegerBinding switchableCount = Bindings.createIntegerBinding(
            () -> (int) items.stream().filter(DeviceItem::switchable).count(), items);
    private final InvalidationListener onChange = o -> show(guest.get());

    public DevicesViewModel() {
        guest.addListener((o, was, now) -> {
            if (was != null) {
                was.rowProperty().removeListener(onChange);
                was.summaryProperty().removeListener(onChange);
            }
            if (now != null) {
                now.rowProperty().addListener(onChange);
                now.summaryProperty().addListener(onChange);
            }
            items.clear();
            show(now);
        });
        show(null);
    }

    public ObjectProperty<GuestItem> guestProperty() {
        return guest;
    }

    public ObservableList<DeviceItem> items() {
        return items;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** A remark on the guest as a whole ("" when none). */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The driver readiness per kind of paravirtual device, with the disk's deciding evidence ("" until read). */
    public ReadOnlyStringProperty readinessProperty() {
        return readiness.getReadOnlyProperty();
    }

    /** Every piece of readiness evidence, per kind (the readiness line's tooltip). */
    public ReadOnlyStringProperty evidenceProperty() {
        return evidence.getReadOnlyProperty();
    }

    /** The staged switch under way and what the admin does next ("" when none is). */
    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** Said once above the table when the sizes are the test driver's made-up figure ("" otherwise). */
    public ReadOnlyStringProperty sizeNoteProperty() {
        return sizeNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public IntegerBinding checkedCount() {
        return checkedCount;
    }

    public IntegerBinding switchableCount() {
        return switchableCount;
    }

    /** The ticked devices. */
    public List<DeviceItem> checked() {
        return items.stream().filter(DeviceItem::checked).toList();
    }

    /** Ticks every emulated device with a replacement. */
    public void checkAllConvertible() {
        items.forEach(d -> d.checkedProperty().set(d.switchable()));
    }

    public void clearChecks() {
        items.forEach(d -> d.checkedProperty().set(false));
    }

    private void show(GuestItem g) {
        readiness.set("");
        evidence.set("");
        stage.set("");
        sizeNote.set("");
        if (g == null) {
            title.set("Devices");
            note.set("");
            placeholder.set("Select a guest to see its disks, CD-ROMs, floppies, controllers and NICs.");
            items.clear();
            return;
        }
        GuestRow row = g.row();
        title.set("Devices of " + g.name() + describe(row));
        if (row == null) {
            note.set("");
            placeholder.set("Reading the definition of " + g.name() + "…");
            items.clear();
            return;
        }
        GuestReport report = row.report();
        if (report == null) {
            note.set("");
            placeholder.set("The definition of " + g.name() + " cannot be read: " + row.error());
            items.clear();
            return;
        }
        note.set(report.note() == null ? "" : org.pvdm.ui.common.GuiWords.of(report.note()));
        placeholder.set("This guest has no disks, NICs or controllers pvdm looks at.");
        Set<String> ticked = new HashSet<>();
        items.stream().filter(DeviceItem::checked).forEach(d -> ticked.add(d.key()));
        List<DeviceItem> next = report.devices().stream().map(DeviceItem::new).toList();
        next.forEach(d -> d.checkedProperty().set(d.switchable() && ticked.contains(d.key())));
        items.setAll(next);
        loadDetails(g, next);
    }

    /** The test driver answers every disk with the same made-up size: said once, not in every cell. */
    static final String MADE_UP_SIZES = "Sizes: made-up figures of libvirt's test driver (the same for every disk),"
            + " not real ones.";

    private BiConsumer<GuestItem, Consumer<GuestDetails>> details;

    /** Where sources, sizes, readiness and stage come from (read in the background by the caller). */
    public void setDetailsSource(BiConsumer<GuestItem, Consumer<GuestDetails>> source) {
        this.details = source;
    }

    private void loadDetails(GuestItem g, List<DeviceItem> shown) {
        if (details == null) {
            return;
        }
        if (shown.stream().anyMatch(d -> d.report().kind() == org.pvdm.model.classify.DeviceKind.DISK)) {
            readiness.set("Reading sizes and driver readiness of " + g.name() + "…");
        }
        details.accept(g, found -> {
            if (guest.get() != g || !items.stream().allMatch(shown::contains)) {
                return; // another guest (or a newer reading) is shown by now
            }
            shown.forEach(d -> {
                d.detailsProperty().set(found.devices().of(d.report().name()));
                d.sizeProperty().set(found.devices().sizeOf(d.report().name()));
                boolean boot = d.report().kind() == org.pvdm.model.classify.DeviceKind.DISK
                        && d.report().name().equals(found.devices().bootDisk());
                d.bootProperty().set(boot);
                d.bootRiskProperty().set(boot ? found.devices().bootRisk() : "");
            });
            sizeNote.set(found.devices().madeUpSizes() ? MADE_UP_SIZES : "");
            readiness.set(ReadinessWords.line(found));
            evidence.set(ReadinessWords.evidence(found));
            stage.set(ReadinessWords.stage(found.stage(), g.name()));
        });
    }

    /** Reads the details of a guest's devices on the session's host. */
    public static BiConsumer<GuestItem, Consumer<GuestDetails>> fromHost(
            org.pvdm.ui.common.TaskRunner runner, org.pvdm.ui.hosts.SessionModel sessions) {
        return (g, done) -> {
            org.pvdm.ui.hosts.HostSession s = sessions.session();
            if (s == null || g.row() == null || g.row().report() == null) {
                return;
            }
            String os = g.row().report().os();
            runner.run("read the device details of " + g.name(), () -> new DetailsReader(s.host()).read(g.summary(), os),
                    done, failure -> done.accept(GuestDetails.failed(org.pvdm.ui.common.Problem.of(
                            "Read the details of " + g.name(), failure).whatFailed())));
        };
    }

    private static String describe(GuestRow row) {
        if (row == null) {
            return "";
        }
        String os = row.os().isEmpty() ? "" : ", " + row.os();
        return " (" + row.summary().state().label() + ", " + row.hypervisor() + os + ")";
    }
}
