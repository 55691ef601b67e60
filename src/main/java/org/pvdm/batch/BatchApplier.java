package org.pvdm.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostFactory;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Journal;
import org.pvdm.switching.Plan;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.Progress;
import org.pvdm.watch.WatchedApply;

/**
 * Applies a batch guest by guest (a few at a time), each through the same engine call as a single guest
 * ({@link WatchedApply}: the temporary disk of a stage 1, lock, re-read, backup, journal, define, verify, and the
 * boot watch when asked). A guest that fails stops nothing else; every guest ends with an {@link Outcome}.
 */
public final class BatchApplier {
    static final int AT_ONCE = 4;
    private final WatchedApply engine;

    /** With the journal beside the backups. */
    public BatchApplier(Host host, BackupStore backups) {
        this(new WatchedApply(host, backups));
    }

    /** @param reconnect opens the same host again after a lost connection (null: do not try) */
    public BatchApplier(Host host, BackupStore backups, HostFactory reconnect, Journal journal) {
        this(new WatchedApply(host, backups, reconnect, journal));
    }

    private BatchApplier(WatchedApply engine) {
        this.engine = engine;
    }

    /** Progress of one guest: its name and the step's message. */
    @FunctionalInterface
    public interface GuestProgress {
        void step(String guest, String message);
    }

    /** Applies without keeping a confirmation or watching. */
    public List<Outcome> apply(BatchPlan batch, PowerOptions power, GuestProgress progress) {
        return apply(batch, WatchedApply.Options.plain(power), progress);
    }

    /** Applies each guest as a single convert with these options would (confirmation kept, watch when asked). */
    public List<Outcome> apply(BatchPlan batch, WatchedApply.Options options, GuestProgress progress) {
        List<Outcome> out = new ArrayList<>(inTurns(batch.applicable(), options, progress));
        for (Plan p : batch.blocked()) {
            // a host that refuses writing is said as such, so the batch exits as a single convert does (6)
            boolean readOnly = p.blocking().stream().anyMatch(c -> c.id().equals("write-access"));
            out.add(new Outcome(p.guest(), Outcome.Result.REFUSED, p.blocking().get(0).message(), "",
                    readOnly ? HostException.Kind.READ_ONLY : null));
        }
        for (BatchPlan.Left l : batch.left()) {
            out.add(new Outcome(l.guest().name(), l.problem() ? Outcome.Result.FAILED : Outcome.Result.SKIPPED,
                    l.reason(), "", null));
        }
        return out;
    }

    /**
     * A few guests at a time: each waits mostly on libvirt and on syncing its backup to disk, so overlapping
     * them shortens a batch; more at once would only crowd libvirtd (and the admin's reading of the progress).
     */
    private List<Outcome> inTurns(List<Plan> plans, WatchedApply.Options power, GuestProgress progress) {
        if (plans.size() <= 1) {
            return plans.stream().map(p -> applyOne(p, power, m -> progress.step(p.guest(), m))).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(AT_ONCE, plans.size()), r -> {
            Thread t = new Thread(r, "pvdm-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Plan p : plans) {
                futures.add(pool.submit(() -> applyOne(p, power, m -> progress.step(p.guest(), m))));
            }
            List<Outcome> out = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                out.add(await(futures.get(i), plans.get(i)));
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /** Waits for a guest that is being applied: never abandons one half-way, even when interrupted. */
    private static Outcome await(Future<Outcome> f, Plan p) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return new Outcome(p.guest(), Outcome.Result.FAILED, "internal error: " + e.getCause(), "", null);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Outcome applyOne(Plan p, WatchedApply.Options options, Progress progress) {
        try {
            WatchedApply.Result r = engine.apply(p, options, progress::step);
            String backup = r.applied().backup().id();
            if (r.watchFailed()) {
                WatchedApply.Outcome w = r.watch().orElseThrow();
                return new Outcome(p.guest(), Outcome.Result.FAILED, "boot watch: " + w.watch().failure()
                        + (w.rolledBack() ? "; rolled back to backup " + backup + " and started again"
                        : "; roll back with: pvdm rollback " + p.guest() + " --to " + backup), backup, null, true);
            }
            return new Outcome(p.guest(), Outcome.Result.SWITCHED, detail(p, r), backup, null);
        } catch (HostException e) {
            return new Outcome(p.guest(), Outcome.Result.FAILED, e.getMessage(), "", e.kind());
        } catch (IOException e) {
            return new Outcome(p.guest(), Outcome.Result.FAILED, e.getMessage(), "", null);
        }
    }

    /** The changes made, which stage they were, and what the watch saw. */
    private static String detail(Plan p, WatchedApply.Result r) {
        String stage = switch (p.stageApplied()) {
            case 1 -> " (stage 1 of 2: boot disk untouched, temporary virtio disk added; boot it once, then convert"
                    + " it again)";
            case 2 -> " (stage 2 of 2: boot disk switched, temporary disk removed)";
            default -> "";
        };
        return p.changes().size() + " change(s)" + stage
                + r.watch().map(w -> "; " + w.watch().summary()).orElse("");
    }
}
