package org.pvdm.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.switching.ApplyResult;
import org.pvdm.switching.Applier;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Plan;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.Progress;

/**
 * Applies a batch guest by guest, each through the one {@link Applier} path (its own re-read, backup, checks,
 * define and verify). A guest that fails stops nothing else; every guest ends with an {@link Outcome}.
 */
public final class BatchApplier {
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
        List<Outcome> out = new ArrayList<>();
        for (Plan p : batch.applicable()) {
            out.add(applyOne(p, power, m -> progress.step(p.guest(), m)));
        }
        for (Plan p : batch.blocked()) {
            out.add(new Outcome(p.guest(), Outcome.Result.REFUSED, p.blocking().get(0).message(), "", null));
        }
        for (BatchPlan.Left l : batch.left()) {
            out.add(new Outcome(l.guest().name(), l.problem() ? Outcome.Result.FAILED : Outcome.Result.SKIPPED,
                    l.reason(), "", null));
        }
        return out;
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
