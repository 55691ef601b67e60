package org.pvdm.stats;

import java.util.List;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.NetCounters;

/** Arithmetic on cumulative counters where -1 means "not reported". */
final class Counters {
    private Counters() {}

    /** The increase from {@code old} to {@code cur}, or NaN when either is unknown (negative). */
    static double delta(long old, long cur) {
        return old < 0 || cur < 0 ? Double.NaN : (double) (cur - old);
    }

    /** True when both are known and the counter went down. */
    static boolean backwards(long old, long cur) {
        return old >= 0 && cur >= 0 && cur < old;
    }

    static boolean backwards(BlockCounters old, BlockCounters cur) {
        return backwards(old.rdReqs(), cur.rdReqs()) || backwards(old.rdBytes(), cur.rdBytes())
                || backwards(old.wrReqs(), cur.wrReqs()) || backwards(old.wrBytes(), cur.wrBytes())
                || backwards(old.rdTimesNs(), cur.rdTimesNs()) || backwards(old.wrTimesNs(), cur.wrTimesNs());
    }

    static boolean backwards(NetCounters old, NetCounters cur) {
        return backwards(old.rxBytes(), cur.rxBytes()) || backwards(old.rxPackets(), cur.rxPackets())
                || backwards(old.rxErrs(), cur.rxErrs()) || backwards(old.rxDrop(), cur.rxDrop())
                || backwards(old.txBytes(), cur.txBytes()) || backwards(old.txPackets(), cur.txPackets())
                || backwards(old.txErrs(), cur.txErrs()) || backwards(old.txDrop(), cur.txDrop());
    }

    /**
     * Disk rates in {@link Metric#of(SeriesKind)} order; adds the disk's request count to {@code ops[0]}
     * and counts the device in {@code ops[1]} when known.
     */
    static double[] diskRates(BlockCounters old, BlockCounters cur, double seconds, long[] ops) {
        double rdReqs = delta(old.rdReqs(), cur.rdReqs());
        double wrReqs = delta(old.wrReqs(), cur.wrReqs());
        addOps(ops, rdReqs, wrReqs);
        return new double[] {
            delta(old.rdBytes(), cur.rdBytes()) / seconds,
            delta(old.wrBytes(), cur.wrBytes()) / seconds,
            rdReqs / seconds,
            wrReqs / seconds,
            latencyMs(delta(old.rdTimesNs(), cur.rdTimesNs()), rdReqs),
            latencyMs(delta(old.wrTimesNs(), cur.wrTimesNs()), wrReqs),
        };
    }

    /** NIC rates in {@link Metric#of(SeriesKind)} order; adds the packets to {@code ops} like diskRates. */
    static double[] nicRates(NetCounters old, NetCounters cur, double seconds, long[] ops) {
        double rxPkts = delta(old.rxPackets(), cur.rxPackets());
        double txPkts = delta(old.txPackets(), cur.txPackets());
        addOps(ops, rxPkts, txPkts);
        return new double[] {
            delta(old.rxBytes(), cur.rxBytes()) / seconds,
            delta(old.txBytes(), cur.txBytes()) / seconds,
            rxPkts / seconds,
            txPkts / seconds,
            (delta(old.rxErrs(), cur.rxErrs()) + delta(old.txErrs(), cur.txErrs())) / seconds,
            (delta(old.rxDrop(), cur.rxDrop()) + delta(old.txDrop(), cur.txDrop())) / seconds,
        };
    }

    /** Mean time per request in ms; NaN when the times are unknown or there was no request. */
    static double latencyMs(double timesNs, double reqs) {
        return reqs > 0 ? timesNs / reqs / 1e6 : Double.NaN;
    }

    private static void addOps(long[] ops, double a, double b) {
        if (!Double.isNaN(a)) {
            ops[0] += (long) a;
            ops[1]++;
        }
        if (!Double.isNaN(b)) {
            ops[0] += (long) b;
            ops[1]++;
        }
    }

    /** The disk named {@code device}, looking first at index {@code hint} (lists keep their order). */
    static BlockCounters findDisk(List<BlockCounters> disks, String device, int hint) {
        if (hint >= 0 && hint < disks.size() && disks.get(hint).device().equals(device)) {
            return disks.get(hint);
        }
        for (BlockCounters disk : disks) {
            if (disk.device().equals(device)) {
                return disk;
            }
        }
        return null;
    }

    static NetCounters findNic(List<NetCounters> nics, String mac, int hint) {
        if (hint >= 0 && hint < nics.size() && nics.get(hint).mac().equalsIgnoreCase(mac)) {
            return nics.get(hint);
        }
        for (NetCounters nic : nics) {
            if (nic.mac().equalsIgnoreCase(mac)) {
                return nic;
            }
        }
        return null;
    }
}
