package org.pvdm.ui.stats;

import java.util.List;
import org.pvdm.stats.Metric;
import org.pvdm.stats.SeriesKind;

/** The charts drawn per device: throughput and ops/s for a disk, traffic for a NIC. */
enum ChartKind {
    DISK_THROUGHPUT("throughput", true, Metric.RD_BYTES_S, Metric.WR_BYTES_S, "read", "write"),
    DISK_OPS("operations", false, Metric.RD_OPS_S, Metric.WR_OPS_S, "read ops/s", "write ops/s"),
    NIC_TRAFFIC("traffic", true, Metric.RX_BYTES_S, Metric.TX_BYTES_S, "received", "sent");

    final String title;
    final boolean bytes;
    final Metric first;
    final Metric second;
    final String firstName;
    final String secondName;

    ChartKind(String title, boolean bytes, Metric first, Metric second, String firstName, String secondName) {
        this.title = title;
        this.bytes = bytes;
        this.first = first;
        this.second = second;
        this.firstName = firstName;
        this.secondName = secondName;
    }

    static List<ChartKind> of(SeriesKind kind) {
        return switch (kind) {
            case DISK -> List.of(DISK_THROUGHPUT, DISK_OPS);
            case NIC -> List.of(NIC_TRAFFIC);
            case GUEST -> List.of();
        };
    }

    /** The unit to plot values up to {@code max} in: B/s, kB/s or MB/s for bytes; ops/s stays. */
    static Unit unit(ChartKind kind, double max) {
        if (!kind.bytes) {
            return new Unit("ops/s", 1);
        }
        if (max >= 1e6) {
            return new Unit("MB/s", 1e6);
        }
        if (max >= 1e3) {
            return new Unit("kB/s", 1e3);
        }
        return new Unit("B/s", 1);
    }

    record Unit(String name, double divisor) {}
}
