package org.pvdm.ui.stats;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.pvdm.stats.Recording;
import org.pvdm.stats.SeriesKey;

/**
 * What the statistics view watches, fixed on the FX thread and read by the sampler thread: immutable.
 *
 * @param a       the left guest (null when none); in BEFORE_AFTER mode the guest whose "before" is shown
 * @param b       the right guest (null when none); in BEFORE_AFTER mode the same guest, live
 * @param before  the frozen "before" recording in BEFORE_AFTER mode (null until one is kept)
 * @param renames in BEFORE_AFTER mode, the guest's device renames by its switches (hda -> vda)
 */
record Watch(StatsMode mode, Side a, Side b, Recording before, Map<String, String> renames) {

    Watch {
        renames = Map.copyOf(renames);
    }

    /**
     * One side's guest.
     *
     * @param labels  device name (target or MAC) to what the chart calls it, e.g. "hda (ide, emulated)"
     * @param classes device name to its class: "disk", "cdrom", "floppy" or "nic" (like is compared with like)
     */
    record Side(String uuid, String name, boolean running, Map<String, String> labels, Map<String, String> classes) {
        Side {
            labels = Map.copyOf(labels);
            classes = Map.copyOf(classes);
        }

        String label(String device) {
            return labels.getOrDefault(device, device);
        }

        String classOf(SeriesKey key) {
            return classes.getOrDefault(key.device(), key.kind().label());
        }
    }

    static Watch none() {
        return new Watch(StatsMode.TWO_GUESTS, null, null, null, Map.of());
    }

    /** The UUIDs the sampler must read. */
    Set<String> uuids() {
        Set<String> out = new LinkedHashSet<>();
        if (mode == StatsMode.TWO_GUESTS && a != null) {
            out.add(a.uuid());
        }
        if (b != null) {
            out.add(b.uuid());
        }
        return out;
    }
}
