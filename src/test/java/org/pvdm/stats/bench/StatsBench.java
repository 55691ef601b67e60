package org.pvdm.stats.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.pvdm.host.CounterSnapshot;
import org.pvdm.stats.History;
import org.pvdm.stats.RateCalculator;
import org.pvdm.stats.StatsTick;

/**
 * Cost of the statistics engine (see docs/benchmarks.md, "Statistics engine"): 1,000 running guests with
 * 2 disks and 1 NIC each from {@link SyntheticStatsSource}; per tick, the CPU time of what the sampler
 * thread does after the sample (rate calculation, building the tick, history append); and the heap held
 * by 15 minutes of 1 Hz history. A benchmark, not a test: run it by hand, read the figures.
 *
 * <p>Arguments: [guests (1000)] [ticks to fill (900)].
 */
public final class StatsBench {
    private static final long SECOND = 1_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private StatsBench() {}

    public static void main(String[] args) throws Exception {
        int guests = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int fill = args.length > 1 ? Integer.parseInt(args[1]) : 900;
        Locale.setDefault(Locale.ROOT);
        System.out.printf("machine: %d cores (%s), %s, JVM %s %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("os.name"),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("%d guests x (2 disks + 1 NIC + CPU) = %d series; history of %d ticks at 1 s%n",
                guests, guests * 4, fill);

        run(guests, 300, 0, false, "warm-up (JIT), discarded");
        run(guests, fill, 300, false, "typical: NIC errors/drops 0");
        run(guests, fill, 0, true, "worst case: every metric varies");
    }

    private static void run(int guests, int fill, int steady, boolean noisyErrors, String title) {
        SyntheticStatsSource source = new SyntheticStatsSource(guests, noisyErrors);
        RateCalculator rates = new RateCalculator();
        History history = new History(History.DEFAULT_WINDOW.multipliedBy(fill).dividedBy(900),
                Duration.ofSeconds(1));
        long before = usedHeapAfterGc();
        long[] fillCpu = ticks(source, rates, history, fill);
        long after = usedHeapAfterGc();
        long[] steadyCpu = ticks(source, rates, history, steady);
        System.out.printf("%n== %s ==%n", title);
        print("CPU per tick while filling", fillCpu);
        if (steady > 0) {
            print("CPU per tick, full ring (wrapping)", steadyCpu);
        }
        System.out.printf("history: %d series, capacity %d ticks%n", history.keys().size(), history.capacity());
        System.out.printf("heap from array sizes (History.footprintBytes): %.1f MB%n", history.footprintBytes() / 1e6);
        System.out.printf("heap measured (used after GC, filled minus empty; includes the last snapshot): %.1f MB%n",
                (after - before) / 1e6);
        if (history.keys().isEmpty()) {
            throw new IllegalStateException("nothing recorded"); // keeps history reachable until here
        }
    }

    private static long[] ticks(SyntheticStatsSource source, RateCalculator rates, History history, int count) {
        long[] cpu = new long[count];
        for (int i = 0; i < count; i++) {
            source.advance(SECOND);
            CounterSnapshot snapshot = source.sample(java.util.List.of()); // stands for libvirt: not measured
            long start = THREADS.getCurrentThreadCpuTime();
            RateCalculator.Rates r = rates.update(snapshot);
            StatsTick tick = new StatsTick(i + 1, snapshot.wallTime(), snapshot.monotonicNanos(), r.samples(),
                    r.gaps(), null, 0, snapshot.synthetic());
            history.append(tick);
            cpu[i] = THREADS.getCurrentThreadCpuTime() - start;
        }
        return cpu;
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0);
        int worst = 0;
        for (int i = 1; i < nanos.length; i++) {
            worst = nanos[i] > nanos[worst] ? i : worst;
        }
        System.out.printf("%s: mean %.2f ms, median %.2f ms, p99 %.2f ms, max %.2f ms at tick %d (%d ticks)%n",
                what, mean / 1e6, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6, worst + 1, sorted.length);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (java.io.IOException e) {
            return "unknown CPU";
        }
    }
}
