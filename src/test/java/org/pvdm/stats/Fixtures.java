package org.pvdm.stats;

import java.time.Instant;
import java.util.List;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.CounterSnapshot;
import org.pvdm.host.GuestCounters;
import org.pvdm.host.GuestState;
import org.pvdm.host.NetCounters;

/** Hand-built counters for the tests. */
final class Fixtures {
    static final String A = "11111111-1111-1111-1111-111111111111";
    static final String B = "22222222-2222-2222-2222-222222222222";
    static final String MAC = "52:54:00:aa:bb:cc";
    static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    private Fixtures() {}

    static BlockCounters disk(String dev, long rdReqs, long rdBytes, long wrReqs, long wrBytes, long rdTimes,
                              long wrTimes) {
        return new BlockCounters(dev, rdReqs, rdBytes, wrReqs, wrBytes, rdTimes, wrTimes, 0);
    }

    static NetCounters nic(String mac, long rxBytes, long rxPkts, long txBytes, long txPkts, long errs, long drops) {
        return new NetCounters(mac, "vnet0", rxBytes, rxPkts, errs, drops, txBytes, txPkts, errs, drops);
    }

    static GuestCounters guest(String uuid, GuestState state, long cpuNs, List<BlockCounters> disks,
                               List<NetCounters> nics) {
        return new GuestCounters(uuid, "guest-" + uuid.charAt(0), state, cpuNs, 1, disks, nics);
    }

    static GuestCounters running(String uuid, long cpuNs, BlockCounters... disks) {
        return guest(uuid, GuestState.RUNNING, cpuNs, List.of(disks), List.of());
    }

    /** A snapshot taken {@code nanos} after {@link #T0}. */
    static CounterSnapshot snap(long nanos, GuestCounters... guests) {
        return new CounterSnapshot(nanos, T0.plusNanos(nanos), List.of(guests), true, false);
    }

    /** A guest with one disk whose counters all grow by {@code n} per unit. */
    static GuestCounters linear(String uuid, String dev, long n) {
        return running(uuid, n * 1000, disk(dev, n, n * 4096, n, n * 512, n * 100_000, n * 200_000));
    }
}
