package org.pvdm.stats;

import java.time.Instant;
import java.util.Objects;

/**
 * One CSV row: the rates of one disk or NIC in one tick. Columns that do not apply to the kind are NaN
 * (written as empty). {@code key.device()} is the disk's target or the NIC's MAC.
 */
public record StatsRow(Instant time, SeriesKey key, String guestName, double rdBytesS, double wrBytesS,
                       double rdOpsS, double wrOpsS, double rxBytesS, double txBytesS, double rxPktsS,
                       double txPktsS) {

    public StatsRow {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(guestName, "guestName");
        if (key.kind() == SeriesKind.GUEST) {
            throw new IllegalArgumentException("a CSV row is a disk or a NIC, not a guest");
        }
    }

    /** The row of a disk or NIC sample. */
    public static StatsRow of(Instant time, SeriesSample sample) {
        double[] v = new double[Metric.CSV_COLUMNS.size()];
        for (int i = 0; i < v.length; i++) {
            Metric metric = Metric.CSV_COLUMNS.get(i);
            v[i] = metric.kind() == sample.key().kind() ? sample.value(metric) : Double.NaN;
        }
        return of(time, sample.key(), sample.guestName(), v);
    }

    /** A row from values in {@link Metric#CSV_COLUMNS} order. */
    public static StatsRow of(Instant time, SeriesKey key, String guestName, double[] v) {
        return new StatsRow(time, key, guestName, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }

    /** The value of a CSV metric (NaN for a metric of the other kind). */
    public double value(Metric metric) {
        return switch (metric) {
            case RD_BYTES_S -> rdBytesS;
            case WR_BYTES_S -> wrBytesS;
            case RD_OPS_S -> rdOpsS;
            case WR_OPS_S -> wrOpsS;
            case RX_BYTES_S -> rxBytesS;
            case TX_BYTES_S -> txBytesS;
            case RX_PKTS_S -> rxPktsS;
            case TX_PKTS_S -> txPktsS;
            default -> throw new IllegalArgumentException(metric + " is not a CSV column");
        };
    }
}
