package org.pvdm.switching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.pvdm.host.DemoHost;
import org.pvdm.host.Host;
import org.pvdm.host.HostException.Kind;
import org.pvdm.host.HostException;
import org.pvdm.host.HostUris;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a switch that a lost connection or a killed process left in the journal: says what libvirt holds now,
 * then finishes it (defines and verifies the planned definition) or rolls it back (defines the backup again),
 * each only over the definition it expects, under the guest's lock.
 */
public final class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    /** A journal entry and what the host holds for it now. */
    public record Status(Journal.Entry entry, Outcome outcome) {}

    private final Host host;
    private final BackupStore backups;
    private final Journal journal;

    public Recovery(Host host, BackupStore backups, Journal journal) {
        this.host = host;
        this.backups = backups;
        this.journal = journal;
    }

    /** The entries left for this host, each with what it holds now. */
    public List<Status> pending() throws HostException {
        String key = BackupStore.hostKey(host.uri());
        List<Status> out = new ArrayList<>();
        for (Journal.Entry e : journal.pending()) {
            if (BackupStore.hostKey(e.uri()).equals(key)) {
                out.add(status(e));
            }
        }
        return out;
    }

    public Status status(Journal.Entry e) throws HostException {
        return new Status(e, Outcome.of(e.plan(), host.inactiveXml(e.uuid())));
    }

    /** Makes the planned definition stored and verified; returns what was done, in one line. */
    public String finish(Journal.Entry e, Progress progress) throws HostException, IOException {
        try (GuestLock lock = GuestLock.acquire(backups, host.uri(), e.uuid(), e.guest())) {
            String now = host.inactiveXml(e.uuid());
            Outcome o = Outcome.of(e.plan(), now);
            if (o == Outcome.OTHER) {
                throw new HostException(Kind.CONFLICT, e.guest() + " holds " + o.text() + ": pvdm writes nothing over"
                        + " it; the definition before the switch is backup " + e.backupId() + "; make a new plan");
            }
            if (o == Outcome.OLD) {
                step(progress, "defining the planned definition of " + e.guest() + " again");
                host.define(e.newXml());
            }
            List<String> missing = missing(e);
            if (!missing.isEmpty()) {
                throw new HostException(Kind.OTHER, "libvirt did not store the planned change of " + e.guest() + " ("
                        + missing.get(0) + "); the journal entry stays; pvdm recover " + e.guest() + " --rollback"
                        + " defines backup " + e.backupId() + " again");
            }
            journal.end(e.uri(), e.uuid());
            return e.guest() + ": the switch is finished and verified (every planned change is stored); roll back"
                    + " with: pvdm rollback " + e.guest() + " --to " + e.backupId();
        }
    }

    /** Makes the definition before the switch stored again; returns what was done, in one line. */
    public String rollback(Journal.Entry e, Progress progress) throws HostException, IOException {
        try (GuestLock lock = GuestLock.acquire(backups, host.uri(), e.uuid(), e.guest())) {
            Outcome o = Outcome.of(e.plan(), host.inactiveXml(e.uuid()));
            if (o == Outcome.OTHER) {
                throw new HostException(Kind.CONFLICT, e.guest() + " holds " + o.text() + ": pvdm writes nothing over"
                        + " it; if you want the definition before the switch: pvdm rollback " + e.guest() + " --to "
                        + e.backupId());
            }
            if (o == Outcome.NEW) {
                Backup b = backups.find(host.uri(), e.uuid(), e.backupId()).filter(x -> x.id().equals(e.backupId()))
                        .orElseThrow(() -> new HostException(Kind.NOT_FOUND, "backup " + e.backupId() + " of "
                                + e.guest() + " is gone: nothing was written; the journal entry stays"));
                String xml = backups.read(b);
                if (!Hashes.of(xml).equals(e.base())) {
                    throw new HostException(Kind.CONFLICT, "backup " + b.id() + " is not the definition the switch"
                            + " started from: nothing was written; the journal entry stays");
                }
                step(progress, "defining backup " + b.id() + " of " + e.guest() + " again");
                host.define(xml);
                if (Outcome.of(e.plan(), host.inactiveXml(e.uuid())) == Outcome.NEW) {
                    throw new HostException(Kind.OTHER, "libvirt still holds the switched definition of " + e.guest()
                            + " after defining backup " + b.id() + "; the journal entry stays");
                }
            }
            journal.end(e.uri(), e.uuid());
            return e.guest() + ": " + (o == Outcome.OLD ? "libvirt holds the definition before the switch: nothing"
                    + " to roll back" : "rolled back to backup " + e.backupId());
        }
    }

    /** What the next run says about a switch left in the journal, CLI and GUI alike: one line. */
    public static String notice(Journal.Entry e) {
        boolean demo = DemoHost.isDemo(e.uri());
        String where = demo ? "" : " --connect " + e.uri();
        return "the switch of " + e.guest() + " on " + HostUris.displayName(e.uri()) + " was cut off at "
                + e.started() + " (backup " + e.backupId() + "): see what it holds with pvdm recover " + e.guest()
                + where + ", then finish it (--finish) or roll it back (--rollback)";
    }

    private List<String> missing(Journal.Entry e) throws HostException {
        try {
            return Verifier.missing(e.plan(), Domain.parse(host.inactiveXml(e.uuid())));
        } catch (XmlException x) {
            return List.of("the stored definition is not readable: " + x.getMessage());
        }
    }

    private static void step(Progress progress, String message) {
        LOG.info(message);
        progress.step(message);
    }
}
