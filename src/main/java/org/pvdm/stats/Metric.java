package org.pvdm.stats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One measured quantity of a series. Every value is a rate over the measured elapsed time between two
 * samples; NaN means "no value" (the host does not report that counter, or it is undefined, such as a
 * latency over a tick with no requests).
 *
 * <p>{@link #precise()} metrics are kept in history as 32-bit floats (7 significant digits); the others
 * (latencies, error and drop rates, CPU figures) as 16-bit bfloat16 values, whose relative rounding
 * error is at most 0.4 %: plenty for a chart or a summary, and it keeps 15 minutes of 1,000 guests
 * under 64 MB.
 */
public enum Metric {
    RD_BYTES_S(SeriesKind.DISK, "read bytes/s", "rd_bytes_s", true),
    WR_BYTES_S(SeriesKind.DISK, "write bytes/s", "wr_bytes_s", true),
    RD_OPS_S(SeriesKind.DISK, "read ops/s", "rd_ops_s", true),
    WR_OPS_S(SeriesKind.DISK, "write ops/s", "wr_ops_s", true),
    RD_LATENCY_MS(SeriesKind.DISK, "mean read latency (ms)", null, false),
    WR_LATENCY_MS(SeriesKind.DISK, "mean write latency (ms)", null, false),
    RX_BYTES_S(SeriesKind.NIC, "received bytes/s", "rx_bytes_s", true),
    TX_BYTES_S(SeriesKind.NIC, "sent bytes/s", "tx_bytes_s", true),
    RX_PKTS_S(SeriesKind.NIC, "received packets/s", "rx_pkts_s", true),
    TX_PKTS_S(SeriesKind.NIC, "sent packets/s", "tx_pkts_s", true),
    /** Receive plus transmit errors per second. */
    ERRS_S(SeriesKind.NIC, "errors/s", null, false),
    /** Receive plus transmit drops per second. */
    DROPS_S(SeriesKind.NIC, "drops/s", null, false),
    /** CPU time used by the guest in % of one host CPU (200 = two CPUs busy). */
    CPU_PERCENT(SeriesKind.GUEST, "CPU use (% of one CPU)", null, false),
    /** Guest CPU time per I/O operation (disk requests plus NIC packets), in ns. */
    CPU_NS_PER_OP(SeriesKind.GUEST, "CPU ns per I/O op", null, false);

    /** The CSV value columns, in header order. */
    public static final List<Metric> CSV_COLUMNS =
            List.of(RD_BYTES_S, WR_BYTES_S, RD_OPS_S, WR_OPS_S, RX_BYTES_S, TX_BYTES_S, RX_PKTS_S, TX_PKTS_S);

    private static final Map<SeriesKind, List<Metric>> BY_KIND = byKind();
    private static final int[] INDEX = indexes();

    private final SeriesKind kind;
    private final String label;
    private final String csvColumn;
    private final boolean precise;

    Metric(SeriesKind kind, String label, String csvColumn, boolean precise) {
        this.kind = kind;
        this.label = label;
        this.csvColumn = csvColumn;
        this.precise = precise;
    }

    public SeriesKind kind() {
        return kind;
    }

    /** Words for a person: "read ops/s". */
    public String label() {
        return label;
    }

    /** The CSV column name, or null when the metric is not in the CSV format. */
    public String csvColumn() {
        return csvColumn;
    }

    public boolean precise() {
        return precise;
    }

    /** Position of this metric among the metrics of its kind (see {@link #of(SeriesKind)}). */
    public int index() {
        return INDEX[ordinal()];
    }

    /** The metrics of one kind, in a fixed order. */
    public static List<Metric> of(SeriesKind kind) {
        return BY_KIND.get(kind);
    }

    private static int[] indexes() {
        int[] index = new int[values().length];
        for (List<Metric> list : BY_KIND.values()) {
            for (int i = 0; i < list.size(); i++) {
                index[list.get(i).ordinal()] = i;
            }
        }
        return index;
    }

    private static Map<SeriesKind, List<Metric>> byKind() {
        Map<SeriesKind, List<Metric>> map = new EnumMap<>(SeriesKind.class);
        for (SeriesKind kind : SeriesKind.values()) {
            List<Metric> list = new ArrayList<>();
            for (Metric metric : values()) {
                if (metric.kind == kind) {
                    list.add(metric);
                }
            }
            map.put(kind, List.copyOf(list));
        }
        return map;
    }
}
