package org.pvdm.ui.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.classify.DeviceReport;
import org.pvdm.ui.guests.GuestItem;

/** A guest as one side of the statistics view: its UUID, state and what its charts call each device. */
final class GuestSides {
    private GuestSides() {}

    /** "hda (ide, emulated)" per disk target and NIC MAC; null for no guest. */
    static Watch.Side of(GuestItem g) {
        if (g == null) {
            return null;
        }
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> classes = new LinkedHashMap<>();
        if (g.row() != null && g.row().report() != null) {
            for (DeviceReport d : g.row().report().devices()) {
                if (d.kind() == DeviceKind.DISK || d.kind() == DeviceKind.CDROM || d.kind() == DeviceKind.FLOPPY
                        || d.kind() == DeviceKind.NIC) {
                    String bus = d.busOrModel().isEmpty() ? "" : d.busOrModel() + ", ";
                    String key = d.kind() == DeviceKind.NIC ? d.name().toLowerCase(java.util.Locale.ROOT) : d.name();
                    labels.put(key, d.name() + " (" + bus + d.status().label() + ")");
                    classes.put(key, d.kind().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return new Watch.Side(g.uuid(), g.name(), g.summary().state().active(), labels, classes);
    }

}
