package org.pvdm.ui.stats;

import java.time.Instant;
import java.util.List;
import org.pvdm.stats.SeriesData;

/**
 * Everything the statistics view draws after one tick; built off the FX thread, immutable.
 *
 * @param time        the tick's time (x = 0 on the charts)
 * @param summary     the comparison lines ("vda: 1.9x the read ops/s of hda (...)")
 * @param pauseReason why nothing was sampled this tick, or null
 * @param unpaired    the devices not compared because the other side has none like them, said in words ("" if none)
 */
record StatsFrame(Instant time, SideFrame a, SideFrame b, List<SummaryLine> summary, String pauseReason,
                  long droppedTicks, String unpaired) {

    /**
     * One comparison: "vda: 1.9x the read ops/s of hda" and its figures.
     *
     * @param detail "mean 2700 vs 1420, median 2690 vs 1400, p95 2800 vs 1500"
     */
    record SummaryLine(String text, String detail) {}

    StatsFrame {
        summary = List.copyOf(summary);
    }

    /**
     * One side.
     *
     * @param title  "win2k3-fileserver (live)", "rhel7-jenkins before the switch (frozen at 12:03:10)"
     * @param status why it has no data, or "" when it has
     * @param kept   a kept "before": drawn on its own axis (seconds since it began), not the live one
     */
    record SideFrame(String title, List<DeviceSeries> devices, String status, boolean kept) {
        SideFrame {
            devices = List.copyOf(devices);
        }

        SideFrame(String title, List<DeviceSeries> devices, String status) {
            this(title, devices, status, false);
        }

        static SideFrame empty(String title, String status) {
            return new SideFrame(title, List.of(), status, false);
        }
    }

    /** One device's recent points and what to call it. */
    record DeviceSeries(String label, SeriesData data) {}
}
