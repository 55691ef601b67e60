package org.pvdm.stats.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.CounterSnapshot;
import org.pvdm.host.GuestCounters;
import org.pvdm.host.GuestState;
import org.pvdm.host.NetCounters;
import org.pvdm.host.StatsSource;

/**
 * N running guests with 2 disks (vda, vdb) and 1 NIC each, whose cumulative counters are derived from a
 * simulated clock: each counter is the integral of a rate that wanders between 0.5x and 1.5x of a per-guest
 * base, so every metric takes a new value each tick as on a busy host (a constant rate would let the
 * history skip its arrays and flatter the memory figure). Disk times and CPU time are reported, as QEMU's
 * bulk stats do; NIC errors and drops stay 0 unless {@code noisyErrors}.
 */
final class SyntheticStatsSource implements StatsSource {
    private final int guests;
    private final boolean noisyErrors;
    private final String[] uuids;
    private final String[] macs;
    private long clockNanos;

    SyntheticStatsSource(int guests, boolean noisyErrors) {
        this.guests = guests;
        this.noisyErrors = noisyErrors;
        this.uuids = new String[guests];
        this.macs = new String[guests];
        for (int g = 0; g < guests; g++) {
            uuids[g] = String.format("%08x-0000-4000-8000-%012x", g, g);
            macs[g] = String.format("52:54:00:%02x:%02x:%02x", (g >> 16) & 0xff, (g >> 8) & 0xff, g & 0xff);
        }
    }

    /** Moves the simulated clock on. */
    void advance(long nanos) {
        clockNanos += nanos;
    }

    @Override
    public CounterSnapshot sample(Collection<String> ignored) {
        double t = clockNanos / 1e9;
        List<GuestCounters> list = new ArrayList<>(guests);
        for (int g = 0; g < guests; g++) {
            double base = 100 + g % 97;
            List<BlockCounters> disks = List.of(disk("vda", base, t, g), disk("vdb", base / 3, t, g + 7));
            long errs = noisyErrors ? counter(0.5, t, g + 11) : 0;
            NetCounters nic = new NetCounters(macs[g], "vnet" + g, counter(base * 1500, t, g + 1),
                    counter(base, t, g + 2), errs, errs, counter(base * 700, t, g + 3), counter(base * 0.8, t, g + 4),
                    errs, errs);
            list.add(new GuestCounters(uuids[g], "guest-" + g, GuestState.RUNNING, counter(3e8, t, g + 5), 2,
                    disks, List.of(nic)));
        }
        return new CounterSnapshot(clockNanos, Instant.ofEpochSecond(1_700_000_000L).plusNanos(clockNanos), list,
                true, true);
    }

    private static BlockCounters disk(String dev, double ops, double t, int phase) {
        return new BlockCounters(dev, counter(ops, t, phase), counter(ops * 4096, t, phase + 1),
                counter(ops / 2, t, phase + 2), counter(ops * 2048, t, phase + 3),
                counter(ops * 250_000, t, phase + 4), counter(ops * 400_000, t, phase + 5), 0);
    }

    /** The integral from 0 to t of rate * (1 + 0.5 sin(0.3 s + phase)): grows, at a wandering pace. */
    private static long counter(double rate, double t, int phase) {
        return (long) (rate * (t + 0.5 / 0.3 * (Math.cos(phase) - Math.cos(0.3 * t + phase))));
    }
}
