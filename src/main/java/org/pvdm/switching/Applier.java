package org.pvdm.switching;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pvdm.host.Host;
import org.pvdm.host.HostException.Kind;
import org.pvdm.host.HostException;
import org.pvdm.host.HostFactory;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.convert.Change;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a plan, all or nothing: one writer per guest (a {@link GuestLock}), refuses a stale plan, backs up
 * first, journals, defines, reads back and verifies, and defines the backup again when anything fails after
 * the definition changed, but only over what it wrote itself. A lost connection leaves the journal entry and
 * says what libvirt stored, as far as a new connection can tell.
 */
public final class Applier {
    private static final Logger LOG = LoggerFactory.getLogger(Applier.class);

    private final Host host;
    private final BackupStore backups;
    private final HostFactory reconnect;
    private final Journal journal;

    public Applier(Host host, BackupStore backups) {
        this(host, backups, null, Journal.beside(backups));
    }

    /** @param reconnect opens a new connection to the same host after a lost one (null: do not try) */
    public Applier(Host host, BackupStore backups, HostFactory reconnect, Journal journal) {
        this.host = host;
        this.backups = backups;
        this.reconnect = reconnect;
        this.journal = journal;
    }

    public ApplyResult apply(Plan plan, PowerOptions power, Progress progress) throws HostException, IOException {
        String name = plan.guest();
        if (plan.blocked()) {
            throw new HostException(Kind.CONFLICT, "the plan for " + name + " has blocking checks: "
                    + plan.blocking().get(0).message());
        }
        try (GuestLock lock = GuestLock.acquire(backups, host.uri(), plan.uuid(), name)) {
            step(progress, "re-reading the definition of " + name);
            String current = host.inactiveXml(plan.uuid());
            refuseIfStale(plan, current);
            Backup backup = backup(plan, current, progress);
            journal(plan, backup);
            boolean stopped;
            try {
                stopped = PowerCycle.stop(host, plan.uuid(), name, power, progress);
                refuseIfStale(plan, host.inactiveXml(plan.uuid()));
            } catch (HostException | RuntimeException e) {
                journal.end(host.uri(), plan.uuid()); // pvdm defined nothing yet: nothing is in flight
                throw e;
            }
            step(progress, "defining the new definition of " + name + " (" + plan.changes().size() + " change(s))");
            try {
                host.define(plan.newXml());
            } catch (HostException e) {
                if (lost(e)) {
                    throw interrupted(plan, backup, e, progress);
                }
                journal.end(host.uri(), plan.uuid());
                restartIfAsked(plan, power, stopped, progress);
                throw new HostException(e.kind(), "libvirt refused the new definition of " + name + ": "
                        + e.getMessage() + "; nothing was changed (backup " + backup.id() + ")");
            }
            try {
                verifyOrRestore(plan, current, backup, progress);
            } catch (HostException e) {
                if (lost(e)) {
                    throw interrupted(plan, backup, e, progress);
                }
                throw e;
            }
            journal.end(host.uri(), plan.uuid());
            boolean started = false;
            if (power.start()) {
                PowerCycle.start(host, plan.uuid(), name, progress);
                started = true;
            }
            step(progress, "done: " + name + " switched; roll back with: pvdm rollback " + name + " --to " + backup.id());
            return new ApplyResult(plan, backup, stopped, started);
        }
    }

    /** Journals the switch before anything changes (the guest is not even stopped yet), or stops here. */
    private void journal(Plan plan, Backup backup) throws IOException {
        try {
            journal.begin(new Journal.Entry(host.uri(), plan.uuid(), plan.guest(), backup.id(), plan.base(),
                    Instant.now(), plan.changes(), plan.newXml()));
        } catch (IOException e) {
            throw new IOException("cannot journal the switch of " + plan.guest() + " in " + journal.dir() + " ("
                    + e.getMessage() + "): nothing was changed", e);
        }
    }

    static boolean lost(HostException e) {
        return e.kind() == Kind.UNREACHABLE || e.kind() == Kind.TIMEOUT;
    }

    private void refuseIfStale(Plan plan, String current) throws HostException {
        if (!Hashes.of(current).equals(plan.base())) {
            throw new HostException(Kind.CONFLICT, plan.guest() + " was changed by someone else since the plan was"
                    + " made: nothing was written; make a new plan (pvdm plan " + plan.guest() + ")");
        }
    }

    private Backup backup(Plan plan, String current, Progress progress) throws IOException {
        try {
            Backup b = backups.save(plan.uri(), plan.uuid(), current, "before switch: " + plan.changes().size()
                    + " change(s)");
            backups.saveRenames(b, renames(plan));
            step(progress, "backup written: " + b.file());
            return b;
        } catch (IOException e) {
            throw new IOException("cannot write a backup of " + plan.guest() + " (" + e.getMessage()
                    + "): nothing was changed; free space or fix the permissions of " + backups.dir(plan.uri(),
                    plan.uuid()), e);
        }
    }

    /** Disks and CD-ROMs whose target changes (hda -> vda); NICs keep their MAC, so they need none. */
    static Map<String, String> renames(Plan plan) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Change c : plan.changes()) {
            if ((c.kind() == DeviceKind.DISK || c.kind() == DeviceKind.CDROM)
                    && !c.device().equals(c.newName())) {
                out.put(c.device(), c.newName());
            }
        }
        return out;
    }

    private void verifyOrRestore(Plan plan, String original, Backup backup, Progress progress) throws HostException {
        step(progress, "verifying what libvirt stored");
        String stored = host.inactiveXml(plan.uuid());
        List<String> missing;
        try {
            missing = Verifier.missing(plan, Domain.parse(stored));
        } catch (XmlException e) {
            missing = List.of("the stored definition is not readable: " + e.getMessage());
        }
        if (missing.isEmpty()) {
            step(progress, "verified: every planned change is stored");
            return;
        }
        LOG.error("verification of {} failed: {}", plan.guest(), missing);
        String now = host.inactiveXml(plan.uuid());
        if (!now.equals(stored)) {
            journal.end(host.uri(), plan.uuid());
            throw new HostException(Kind.CONFLICT, "libvirt did not store the planned change of " + plan.guest()
                    + " (" + missing.get(0) + ") and someone else changed it meanwhile: pvdm did not restore over"
                    + " their definition; the original is backup " + backup.id() + " (pvdm rollback " + plan.guest()
                    + " --to " + backup.id() + ")");
        }
        step(progress, "verification failed (" + String.join("; ", missing) + "): defining the backup again");
        host.define(original);
        journal.end(host.uri(), plan.uuid());
        throw new HostException(Kind.OTHER, "libvirt did not store the planned change of " + plan.guest() + " ("
                + missing.get(0) + "); the original definition (backup " + backup.id() + ") was defined again");
    }

    /** After a lost connection: what is stored now, said in one line; the journal entry stays for pvdm recover. */
    private HostException interrupted(Plan plan, Backup backup, HostException cause, Progress progress) {
        step(progress, "the connection was lost during the switch: reconnecting to see what libvirt stored");
        String tail = "; the original is backup " + backup.id() + "; pvdm recover " + plan.guest()
                + " finishes or rolls back the switch";
        if (reconnect == null) {
            return new HostException(cause.kind(), "the connection to " + host.displayName() + " was lost during the"
                    + " switch of " + plan.guest() + " (" + cause.getMessage() + "): what libvirt stored is unknown"
                    + tail, cause);
        }
        try (Host again = reconnect.open()) {
            Outcome o = Outcome.of(plan, again.inactiveXml(plan.uuid()));
            LOG.warn("{} after a lost connection: {}", plan.guest(), o);
            return new HostException(cause.kind(), "the connection to " + host.displayName() + " was lost during the"
                    + " switch of " + plan.guest() + "; after reconnecting, libvirt holds " + o.text() + tail, cause);
        } catch (HostException e) {
            return new HostException(cause.kind(), "the connection to " + host.displayName() + " was lost during the"
                    + " switch of " + plan.guest() + " and reconnecting failed (" + e.getMessage() + "): what libvirt"
                    + " stored is unknown" + tail, cause);
        }
    }

    private void restartIfAsked(Plan plan, PowerOptions power, boolean stopped, Progress progress) {
        if (stopped && power.start()) {
            try {
                PowerCycle.start(host, plan.uuid(), plan.guest(), progress);
            } catch (HostException e) {
                LOG.warn("could not start {} again: {}", plan.guest(), e.getMessage());
            }
        }
    }

    private static void step(Progress progress, String message) {
        LOG.info(message);
        progress.step(message);
    }
}
