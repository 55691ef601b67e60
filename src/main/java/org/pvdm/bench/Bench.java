package org.pvdm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.pvdm.batch.BatchApplier;
import org.pvdm.batch.BatchPlan;
import org.pvdm.batch.BatchPlanner;
import org.pvdm.batch.Outcome;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.inventory.GuestRow;
import org.pvdm.inventory.Inventory;
import org.pvdm.model.convert.Selection;
import org.pvdm.switching.Applier;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Planner;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.WriteAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code pvdm bench}: in this process, against generated test-driver hosts in a private temporary folder
 * (removed afterwards, backups included): the inventory of N mixed guests, a statistics tick for all running
 * ones, plan and apply per guest, a 100-guest batch conversion, and the heap with 15 minutes of history.
 */
public final class Bench {
    private static final Logger LOG = LoggerFactory.getLogger(Bench.class);
    static final int BATCH = 100;
    static final int PER_GUEST = 20;
    static final int INVENTORY_RUNS = 3;
    /** The test driver reads the whole node file while connecting: thousands of guests on a busy machine. */
    static final Duration OPEN_BOUND = Duration.ofMinutes(2);

    /** Progress lines for the terminal (the CLI prints them on stderr). */
    @FunctionalInterface
    public interface Progress {
        void step(String message);
    }

    private Bench() {}

    public static BenchResult run(int guests, Progress progress) throws IOException, HostException, InterruptedException {
        Path dir = Files.createTempDirectory("pvdm-bench-");
        try {
            return run(guests, dir, progress);
        } finally {
            delete(dir);
        }
    }

    private static BenchResult run(int n, Path dir, Progress progress)
            throws IOException, HostException, InterruptedException {
        String uri = "test://" + NodeFiles.write(dir.resolve("node.xml"), n, "bench").toAbsolutePath();
        progress.step("inventory of " + n + " guests (" + INVENTORY_RUNS + " fresh connections)");
        long[] inventory = new long[INVENTORY_RUNS];
        long[] inventoryCpu = new long[INVENTORY_RUNS];
        for (int i = 0; i < INVENTORY_RUNS; i++) {
            long c = ProcessCpu.nanos();
            long t = System.nanoTime();
            try (Host host = LibvirtHosts.open(uri, false, null, OPEN_BOUND)) {
                List<GuestRow> rows = new Inventory(host).list();
                if (rows.size() != n) {
                    throw new IllegalStateException("the inventory has " + rows.size() + " guests, not " + n);
                }
            }
            inventory[i] = System.nanoTime() - t;
            inventoryCpu[i] = ProcessCpu.nanos() - c;
        }
        try (Host host = LibvirtHosts.open(uri, true, null, OPEN_BOUND)) {
            progress.step("statistics ticks");
            StatsProbe stats = new StatsProbe(host);
            double tick = stats.tickMs();
            progress.step("plan and apply per guest");
            long[][] planApply = planAndApply(host, dir.resolve("backups"), n);
            progress.step("batch conversion of " + BATCH + " guests");
            long c = ProcessCpu.nanos();
            double batch = batch(dir);
            double batchCpu = (ProcessCpu.nanos() - c) / 1e6;
            progress.step("15 minutes of history for " + stats.running() + " guests");
            double heap = stats.heapMbWithFullHistory();
            return new BenchResult(n, stats.running(), StatsProbe.MEASURED, planApply[0].length,
                    Medians.of(inventory), tick, Medians.of(planApply[0]), Medians.of(planApply[1]), batch, heap,
                    Medians.of(inventoryCpu), batchCpu, ProcessCpu.loadAverage());
        }
    }

    /** Up to {@link #PER_GUEST} shut-off guests with something to switch: each planned, then applied. */
    private static long[][] planAndApply(Host host, Path backups, int n) throws HostException, IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n && names.size() < PER_GUEST; i++) {
            if (NodeFiles.shutOff(i) && NodeFiles.convertible(i) > 0) {
                names.add(NodeFiles.name("bench", i));
            }
        }
        Planner planner = new Planner(host);
        Applier applier = new Applier(host, new BackupStore(backups));
        long[] plan = new long[names.size()];
        long[] apply = new long[names.size()];
        for (int i = 0; i < names.size(); i++) {
            long t = System.nanoTime();
            Plan p = planner.plan(names.get(i), Selection.all(), PowerOptions.none(), WriteAccess.allowed(), false);
            plan[i] = System.nanoTime() - t;
            t = System.nanoTime();
            applier.apply(p, PowerOptions.none(), m -> { });
            apply[i] = System.nanoTime() - t;
        }
        return new long[][] {plan, apply};
    }

    /** Plan + apply of {@link #BATCH} emulated, shut-off guests through the batch path the CLI uses. */
    private static double batch(Path dir) throws IOException, HostException {
        Path node = NodeFiles.write(dir.resolve("batch.xml"), BATCH, "batch", NodeFiles.Mix.EMULATED_OFF);
        try (Host host = LibvirtHosts.open("test://" + node.toAbsolutePath(), true, null, OPEN_BOUND)) {
            long t = System.nanoTime();
            BatchPlan plan = new BatchPlanner(host).planAll(new BatchPlanner.Options(Selection.all(),
                    PowerOptions.none(), WriteAccess.allowed(), false));
            List<Outcome> outcomes = new BatchApplier(host, new BackupStore(dir.resolve("batch-backups")))
                    .apply(plan, PowerOptions.none(), (g, m) -> { });
            double ms = (System.nanoTime() - t) / 1e6;
            long switched = outcomes.stream().filter(o -> o.result() == Outcome.Result.SWITCHED).count();
            if (switched != BATCH) {
                throw new IllegalStateException("the batch switched " + switched + " of " + BATCH + " guests: "
                        + outcomes.stream().filter(o -> o.result() != Outcome.Result.SWITCHED).findFirst()
                        .map(Outcome::detail).orElse(""));
            }
            return ms;
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("could not remove the bench folder {}: {}", dir, e.getMessage());
        }
    }
}
