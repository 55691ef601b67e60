package org.pvdm.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import org.pvdm.ui.app.AppContext;
import org.pvdm.ui.app.MainViewModel;
import org.pvdm.ui.common.RecordingDialogs;
import org.pvdm.ui.guests.GuestItem;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.ConnectionState;
import org.pvdm.ui.tree.OpenHost;

/** One measurement of {@link HostTreeBench}: each host alone, then all at once, on fresh window view-models. */
final class HostTreeRun {
    /** A host to open and what its node must show: {@code guests} guests named prefix-... (dead: prefix null). */
    record Target(ConnectionEntry entry, String prefix, int guests) {}

    private static final long POLL_MS = 10;
    private static final long GIVE_UP_NANOS = 300_000_000_000L;

    private final AppContext ctx;
    private final RecordingDialogs dialogs;

    HostTreeRun(AppContext ctx, RecordingDialogs dialogs) {
        this.ctx = ctx;
        this.dialogs = dialogs;
    }

    /** Prints the figures; false when some host never showed its guests. */
    boolean measure(List<Target> targets, Target dead) throws Exception {
        MainViewModel alone = fx(() -> new MainViewModel(ctx));
        double[] listed = new double[targets.size()];
        double[] judged = new double[targets.size()];
        Target first = targets.get(0);
        open(alone, List.of(first), null); // warm-up, not counted: the JIT's first compilations
        fx(() -> { alone.disconnect(alone.hosts().find(first.entry())); return null; });
        long cpu = ProcessCpu.nanos();
        try (FxPings pings = new FxPings()) {
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get(i);
                double[] one = open(alone, List.of(t), null);
                if (one == null) {
                    return false;
                }
                listed[i] = one[0];
                judged[i] = one[1];
                fx(() -> { alone.disconnect(alone.hosts().find(t.entry())); return null; });
            }
            System.out.printf(Locale.ROOT, "each alone: listed mean %.2f s, with verdicts mean %.2f s (min %.2f,"
                    + " max %.2f); CPU %.1f s; FX ping worst %.0f ms (FX CPU between pings max %.0f ms); load %.1f%n", mean(listed), mean(judged),
                    Arrays.stream(judged).min().orElse(0), Arrays.stream(judged).max().orElse(0),
                    (ProcessCpu.nanos() - cpu) / 1e9, pings.worstMs(), pings.worstFxCpuMs(), ProcessCpu.loadAverage());
        }
        closeAll(alone);
        MainViewModel all = fx(() -> new MainViewModel(ctx));
        cpu = ProcessCpu.nanos();
        int errors = dialogs.errors.size();
        try (FxPings pings = new FxPings()) {
            double[] both = open(all, targets, dead);
            if (both == null) {
                return false;
            }
            double allCpu = (ProcessCpu.nanos() - cpu) / 1e9;
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf(Locale.ROOT, "all %d at once%s: listed %.2f s, with verdicts %.2f s: %.2fx the mean"
                    + " alone (goal 1.20x)%s; CPU %.1f s (at best %.2f s wall on %d cores); FX ping worst %.0f ms"
                    + " (FX CPU between pings max %.0f ms, %d pings); load %.1f%n",
                    targets.size(), dead == null ? "" : " + 1 dead", both[0], both[1], both[1] / mean(judged),
                    dead == null ? "" : String.format(Locale.ROOT, "; the dead host failed after %.2f s", both[2]),
                    allCpu, allCpu / cores, cores, pings.worstMs(), pings.worstFxCpuMs(), pings.answered(),
                    ProcessCpu.loadAverage());
        }
        dialogs.errors.subList(0, errors).clear();
        dialogs.errors.forEach(p -> System.out.println("  error dialog: " + p.whatFailed()));
        closeAll(all);
        return true;
    }

    /**
     * Asks the connections list to open every target (as clicks, in one FX event), then polls the FX thread
     * until each node shows its guests: {latest listed s, latest with verdicts s, dead failed s}, null on time-out.
     */
    private double[] open(MainViewModel vm, List<Target> targets, Target dead) throws Exception {
        List<Target> asked = new ArrayList<>(targets);
        if (dead != null) {
            asked.add(dead);
        }
        double[] listedAt = new double[targets.size()];
        double[] judgedAt = new double[targets.size()];
        double deadAt = -1;
        long start = System.nanoTime();
        fx(() -> { asked.forEach(t -> vm.connections().connect(t.entry())); return null; });
        while (true) {
            int[] states = fx(() -> states(vm, targets, dead));
            double now = (System.nanoTime() - start) / 1e9;
            boolean done = true;
            for (int i = 0; i < targets.size(); i++) {
                if (states[i] >= 1 && listedAt[i] == 0) {
                    listedAt[i] = now;
                }
                if (states[i] == 2 && judgedAt[i] == 0) {
                    judgedAt[i] = now;
                }
                done &= judgedAt[i] > 0;
            }
            if (dead != null && deadAt < 0 && states[targets.size()] == 1) {
                deadAt = now;
            }
            if (done && (dead == null || deadAt >= 0)) {
                return new double[] {max(listedAt), max(judgedAt), deadAt};
            }
            if (System.nanoTime() - start > GIVE_UP_NANOS) {
                System.out.println("gave up after 300 s: " + fx(() -> vm.hosts().open().stream()
                        .map(h -> h.entry().label() + " " + h.stateText()).toList()));
                return null;
            }
            Thread.sleep(POLL_MS);
        }
    }

    /** Per target 0 (not yet), 1 (connected, its guests listed), 2 (and every verdict in); the dead: 1 = failed. */
    private static int[] states(MainViewModel vm, List<Target> targets, Target dead) {
        int[] s = new int[targets.size() + 1];
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            OpenHost h = vm.hosts().find(t.entry());
            if (h == null || h.state() != ConnectionState.CONNECTED) {
                continue;
            }
            List<GuestItem> guests = h.guests().all();
            long ours = guests.stream().filter(g -> g.name().startsWith(t.prefix() + "-")).count();
            if (ours >= t.guests()) {
                s[i] = guests.stream().allMatch(g -> g.row() != null) ? 2 : 1;
            }
        }
        if (dead != null) {
            OpenHost h = vm.hosts().find(dead.entry());
            s[targets.size()] = h != null && h.state() == ConnectionState.FAILED ? 1 : 0;
        }
        return s;
    }

    /**
     * Closes every host as the tree's "Disconnect" does (each on its own thread: events unsubscribed, then the
     * connection closed) and waits until that work is done, so nothing of this window outlives it.
     */
    private void closeAll(MainViewModel vm) throws Exception {
        fx(() -> { new ArrayList<>(vm.hosts().open()).forEach(vm::disconnect); return null; });
        while (fx(() -> ctx.runner().runningProperty().get()) > 0) {
            Thread.sleep(POLL_MS);
        }
    }

    static <T> T fx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get();
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(0);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }
}
