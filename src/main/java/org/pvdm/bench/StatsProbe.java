package org.pvdm.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.CounterSnapshot;
import org.pvdm.host.GuestCounters;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.NetCounters;
import org.pvdm.stats.History;
import org.pvdm.stats.RateCalculator;
import org.pvdm.stats.StatsTick;

/**
 * The statistics figures: the thread-CPU time of a whole tick (read every running guest's counters from the
 * host, rates, history append), and the heap held by 15 minutes of history for all of them.
 */
final class StatsProbe {
    /** A sampler runs for minutes: the figure is its steady state, once the JIT has compiled the tick. */
    static final int WARM_UP = 30;
    static final int MEASURED = 10;
    private static final long SECOND = 1_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Host host;
    private final RateCalculator rates = new RateCalculator();
    private final History history = new History(History.DEFAULT_WINDOW, Duration.ofSeconds(1));
    private long sequence;
    private CounterSnapshot last;

    StatsProbe(Host host) {
        this.host = host;
    }

    /** Median thread-CPU ms of {@link #MEASURED} ticks after {@link #WARM_UP}. */
    double tickMs() throws HostException, InterruptedException {
        long[] cpu = new long[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            Thread.sleep(20); // the test driver's counters follow the clock: let them move between ticks
            long start = THREADS.getCurrentThreadCpuTime();
            last = host.stats().sample(List.of());
            append(last);
            long used = THREADS.getCurrentThreadCpuTime() - start;
            if (i >= WARM_UP) {
                cpu[i - WARM_UP] = used;
            }
        }
        return Medians.of(cpu);
    }

    int running() {
        return last == null ? 0 : last.guests().size();
    }

    /**
     * Fills the rest of the 15-minute window with ticks derived from the last real one (one second apart,
     * every counter still growing, so no series is constant), then returns the heap in use after a full GC.
     * Replayed rather than sampled: 900 real ticks would take 15 minutes of wall time.
     */
    double heapMbWithFullHistory() {
        for (int k = 1; k <= history.capacity(); k++) {
            append(shifted(last, k));
        }
        double mb = usedHeapAfterGc() / 1e6;
        if (history.keys().isEmpty() && running() > 0) {
            throw new IllegalStateException("history recorded nothing"); // and keeps it reachable until here
        }
        return mb;
    }

    private void append(CounterSnapshot s) {
        RateCalculator.Rates r = rates.update(s);
        history.append(new StatsTick(++sequence, s.wallTime(), s.monotonicNanos(), r.samples(), r.gaps(), null, 0,
                s.synthetic()));
    }

    static CounterSnapshot shifted(CounterSnapshot s, int k) {
        List<GuestCounters> guests = new ArrayList<>(s.guests().size());
        int g = 0;
        for (GuestCounters c : s.guests()) {
            long d = (long) k * (1000 + g++ % 997);
            List<BlockCounters> disks = new ArrayList<>();
            for (BlockCounters b : c.disks()) {
                disks.add(new BlockCounters(b.device(), b.rdReqs() + d, b.rdBytes() + 512 * d, b.wrReqs() + d / 2,
                        b.wrBytes() + 256 * d, b.rdTimesNs() + d * 100, b.wrTimesNs() + d * 50, b.errors()));
            }
            List<NetCounters> nics = new ArrayList<>();
            for (NetCounters n : c.nics()) {
                nics.add(new NetCounters(n.mac(), n.hostDevice(), n.rxBytes() + 1400 * d, n.rxPackets() + d,
                        n.rxErrs(), n.rxDrop(), n.txBytes() + 700 * d, n.txPackets() + d / 2, n.txErrs(), n.txDrop()));
            }
            guests.add(new GuestCounters(c.uuid(), c.name(), c.state(), c.cpuTimeNs() + d * 1000, c.vcpus(), disks,
                    nics));
        }
        return new CounterSnapshot(s.monotonicNanos() + k * SECOND, s.wallTime().plusSeconds(k), guests, s.bulk(),
                s.synthetic());
    }

    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
