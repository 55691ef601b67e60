package org.pvdm.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.pvdm.host.CounterSnapshot;
import org.pvdm.host.libvirt.BulkTickRig;
import org.pvdm.stats.History;
import org.pvdm.stats.RateCalculator;
import org.pvdm.stats.StatsTick;

/**
 * pvdm's CPU share of one statistics tick on the bulk path (virConnectGetAllDomainStats, used on QEMU hosts) at
 * N running guests with 2 disks and 1 NIC each. No machine here runs 1,000 QEMU guests, so libvirtd's answer is
 * built in native memory as libvirt 9.0 lays it out ({@code SyntheticBulkList}), with the real virDomainPtr
 * handles of an N-guest test-driver host; then each tick runs pvdm's own code on it: the sampler source
 * ({@code LibvirtStats}: BulkStats' record parsing, BulkConverter, the snapshot) and the engine step the sampler
 * and its listener run after a sample (rates, the tick, the history append). The figure is the median thread-CPU
 * time of the measured ticks after the warm-up, as {@code pvdm bench}'s stats_tick_ms. A benchmark, not a test.
 *
 * <p>Arguments: [guests (1000)] [measured ticks (15)] [refresh: also measure the tick that re-reads every live
 * XML after 30 s (yes)].
 */
public final class BulkTickBench {
    private static final int WARM_UP = 30;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private BulkTickBench() {}

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        boolean refresh = args.length <= 2 || !args[2].equals("no");
        if (measured < 10) {
            throw new IllegalArgumentException("at least 10 measured ticks, not " + measured);
        }
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        boolean c1 = jvm.stream().anyMatch(a -> a.equals("-XX:TieredStopAtLevel=1"));
        System.out.printf("JVM %s %s, %s, options [%s], %d cores, load average %.2f%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                c1 ? "C1-only JIT (-XX:TieredStopAtLevel=1, as the GUI)"
                        : "default tiered JIT (C1+C2, as pvdm stats and pvdm bench)", String.join(" ", jvm),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path dir = Files.createTempDirectory("pvdm-bulk-tick");
        try {
            Path node = NodeFiles.write(dir.resolve("node.xml"), n, "bulk", NodeFiles.Mix.RUNNING_VIRTIO);
            try (BulkTickRig rig = BulkTickRig.open("test://" + node.toAbsolutePath())) {
                run(rig, measured, refresh);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(BulkTickRig rig, int measured, boolean refresh) throws Exception {
        int n = rig.guests();
        System.out.printf("%d running guests x (2 disks + 1 NIC + 1 vCPU), %d typed parameters per record, %d in all%n",
                n, rig.list().paramsPerGuest(0), (long) n * rig.list().paramsPerGuest(0));
        Engine engine = new Engine();
        rig.advance();
        long cold = engine.tick(rig, n)[0];
        long[] total = new long[measured];
        long[] source = new long[measured];
        for (int i = 0; i < WARM_UP + measured; i++) {
            rig.advance(); // libvirtd's and QEMU's work: outside the figure
            Thread.sleep(20);
            long[] t = engine.tick(rig, n);
            if (i >= WARM_UP) {
                total[i - WARM_UP] = t[0];
                source[i - WARM_UP] = t[1];
            }
        }
        if (!rig.bulkInUse() || rig.xmlParses() != n) {
            throw new IllegalStateException("left the bulk path or re-parsed XML: bulk " + rig.bulkInUse()
                    + ", XML parses " + rig.xmlParses() + " for " + n + " guests");
        }
        System.out.printf("%nfirst tick (cold: reads and parses every guest's live XML once, read twice): %.2f ms CPU%n",
                cold / 1e6);
        System.out.printf("bulk tick, median of %d after %d warm-up ticks: %.2f ms CPU (min %.2f, max %.2f)%n",
                measured, WARM_UP, Medians.of(total), min(total) / 1e6, max(total) / 1e6);
        System.out.printf("  of which the source (parse %d records, convert, snapshot): median %.2f ms%n", n,
                Medians.of(source));
        System.out.printf("  of which the engine (rates, tick, history append): median %.2f ms%n",
                Medians.of(diff(total, source)));
        if (refresh) {
            Thread.sleep(BulkTickRig.cacheAgeNanos() / 1_000_000 + 500);
            rig.advance();
            long t = engine.tick(rig, n)[0];
            System.out.printf("tick after %d s (the device cache re-reads every live XML, parses none): %.2f ms CPU%n",
                    BulkTickRig.cacheAgeNanos() / 1_000_000_000L, t / 1e6);
        }
        System.out.println();
        System.out.println("IN the figure: pvdm's thread from the returned record list to the history append.");
        System.out.println("NOT in the figure: libvirtd and QEMU gathering the stats (QMP query-blockstats, /proc),");
        System.out.println("  the RPC transfer, the libvirt client library decoding the reply into typed parameters");
        System.out.println("  and virDomainStatsRecordListFree (both on pvdm's thread in a real tick: client-side");
        System.out.println("  libvirt work, not measured here), the FX thread drawing charts.");
        System.out.println("The first and refresh ticks read XML from the in-process test driver: on a real host that");
        System.out.println("  is one virDomainGetXMLDesc round trip per guest, formatted by libvirtd.");
    }

    /** The sampler's step, as the GUI's and pvdm stats' sampler and history run it. */
    private static final class Engine {
        private final RateCalculator rates = new RateCalculator();
        private final History history = new History(History.DEFAULT_WINDOW, Duration.ofSeconds(1));
        private long sequence;

        /** @return {whole tick, source only} thread-CPU nanos */
        long[] tick(BulkTickRig rig, int expected) throws Exception {
            long start = THREADS.getCurrentThreadCpuTime();
            CounterSnapshot s = rig.sample();
            long sampled = THREADS.getCurrentThreadCpuTime();
            RateCalculator.Rates r = rates.update(s);
            history.append(new StatsTick(++sequence, s.wallTime(), s.monotonicNanos(), r.samples(), r.gaps(), null, 0,
                    s.synthetic()));
            long end = THREADS.getCurrentThreadCpuTime();
            if (s.guests().size() != expected || !s.bulk()) {
                throw new IllegalStateException("tick " + sequence + ": " + s.guests().size() + " of " + expected
                        + " guests, bulk " + s.bulk());
            }
            return new long[] {end - start, sampled - start};
        }
    }

    private static long[] diff(long[] a, long[] b) {
        long[] d = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    private static long min(long[] a) {
        return java.util.Arrays.stream(a).min().orElse(0);
    }

    private static long max(long[] a) {
        return java.util.Arrays.stream(a).max().orElse(0);
    }
}
