package org.pvdm.ui.guests;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.pvdm.host.GuestSummary;
import org.pvdm.inventory.GuestRow;

/**
 * One row of the guest table. The summary comes first (fast: one list call), the verdicts later (one XML
 * read per guest); {@link #row()} is null until they arrive.
 */
public final class GuestItem {
    private final String uuid;
    private final ReadOnlyObjectWrapper<GuestSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<GuestRow> row = new ReadOnlyObjectWrapper<>(this, "row");
    private int emulated = -1;

    public GuestItem(GuestSummary summary) {
        this.uuid = summary.uuid();
        this.summary.set(summary);
    }

    public String uuid() {
        return uuid;
    }

    public GuestSummary summary() {
        return summary.get();
    }

    public ReadOnlyObjectProperty<GuestSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The guest with its verdicts, or null while they are being read. */
    public GuestRow row() {
        return row.get();
    }

    public ReadOnlyObjectProperty<GuestRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    public String name() {
        return summary.get().name();
    }

    void update(GuestSummary s) {
        summary.set(s);
    }

    void update(GuestRow r) {
        emulated = r.report() == null ? -1 : r.emulated();
        summary.set(r.summary());
        row.set(r);
    }

    /** Emulated devices, -1 while unknown (still loading or unreadable). */
    public int emulated() {
        return emulated;
    }

    /** Case-insensitive match on name, state, hypervisor and OS. */
    boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.strip().toLowerCase(java.util.Locale.ROOT);
        GuestRow r = row.get();
        String text = name() + " " + summary.get().state().label() + " "
                + (r == null ? "" : r.hypervisor() + " " + r.os());
        return text.toLowerCase(java.util.Locale.ROOT).contains(f);
    }

    @Override
    public String toString() {
        return name();
    }
}
