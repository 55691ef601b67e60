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
import org.pvdm.switching.ApplyResult;
import org.pvdm.switching.Applier;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Plan;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.Progress;

/**
 * Applies a batch guest by guest (a few at a time), each through the one {@link Applier} path (its own re-read, backup, checks,
 * define and verify). A guest that fails stops nothing else; every guest ends with an {@link Outcome}.
 */
public final class BatchApplier {
    static final int AT_ONCE = 4;
    private final Host host;
    private final BackupStore backups;

    public BatchApplier(Host host, BackupStore backups) {
        this.host = host;
        this.backups = backups;
    }

    /** Progress of one guest: its name and the step's message. */
    @FunctionalInterface
    public interface GuestProgress {
        void step(String guest, String message);
    }

    public List<Outcome> apply(BatchPlan batch, PowerOptions power, GuestProgress progress) {
        List<Outcome> out = new ArrayList<>(inTurns(batch.applicable(), power, progress));
        for (Plan p : batch.blocked()) {
            out.add(new Outcome(p.guest(), Outcome.Result.REFUSED, p.blocking().get(0).message(), "", null));
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
    private List<Outcome> inTurns(List<Plan> plans, PowerOptions power, GuestProgress progress) {
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

    private Outcome applyOne(Plan p, PowerOptions power, Progress progress) {
        try {
            ApplyResult r = new Applier(host, backups).apply(p, power, progress);
            return new Outcome(p.guest(), Outcome.Result.SWITCHED, p.changes().size() + " change(s)", r.backup().id(),
                    null);
        } catch (HostException e) {
            return new Outcome(p.guest(), Outcome.Result.FAILED, e.getMessage(), "", e.kind());
        } catch (IOException e) {
            return new Outcome(p.guest(), Outcome.Result.FAILED, e.getMessage(), "", null);
        }
    }
}
