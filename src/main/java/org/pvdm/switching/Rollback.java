package org.pvdm.switching;

import java.io.IOException;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostException.Kind;
import org.pvdm.model.convert.UnifiedDiff;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlEquivalence;
import org.pvdm.model.xml.XmlException;
import org.pvdm.model.xml.XmlParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Restores a guest's definition from a backup, exactly, after backing up what it replaces. */
public final class Rollback {
    private static final Logger LOG = LoggerFactory.getLogger(Rollback.class);

    /**
     * @param restored  the backup defined again
     * @param safety    the backup of the definition it replaced (null when nothing had to change)
     * @param identical  whether libvirt's stored definition equals the backup byte for byte
     * @param equivalent whether it equals the backup as XML (libvirt may re-indent foreign metadata)
     * @param diff       the textual difference when not identical
     */
    public record Result(Backup restored, Backup safety, boolean identical, boolean equivalent, String diff,
                         boolean pendingColdBoot) {}

    private final Host host;
    private final BackupStore backups;

    public Rollback(Host host, BackupStore backups) {
        this.host = host;
        this.backups = backups;
    }

    public Result restore(String guest, String backupId, PowerOptions power, Progress progress)
            throws HostException, IOException {
        GuestSummary g = host.guest(guest);
        Backup b = backups.find(host.uri(), g.uuid(), backupId).orElseThrow(() -> new HostException(Kind.NOT_FOUND,
                "no backup " + (backupId == null ? "" : "'" + backupId + "' ") + "of " + g.name() + " on "
                + host.displayName() + " (pvdm backups " + g.name() + " lists them)"));
        String xml = backups.read(b);
        checkSameGuest(g, xml, b);
        try (GuestLock lock = GuestLock.acquire(backups, host.uri(), g.uuid(), g.name())) {
            return restore(g, b, xml, power, progress);
        }
    }

    private Result restore(GuestSummary g, Backup b, String xml, PowerOptions power, Progress progress)
            throws HostException, IOException {
        String current = host.inactiveXml(g.uuid());
        if (current.equals(xml)) {
            step(progress, g.name() + " is already defined exactly as in backup " + b.id() + ": nothing to do");
            return new Result(b, null, true, true, "", false);
        }
        Backup safety = backups.save(host.uri(), g.uuid(), current, "before rollback to " + b.id());
        step(progress, "the current definition was backed up as " + safety.id());
        boolean running = g.state().active();
        boolean stopped = running && power.shutdown() && PowerCycle.stop(host, g.uuid(), g.name(), power, progress);
        if (!host.inactiveXml(g.uuid()).equals(current)) {
            throw new HostException(Kind.CONFLICT, g.name() + " was changed by someone else during the rollback:"
                    + " nothing was written over it; its earlier definition is backup " + safety.id() + "; retry");
        }
        step(progress, "defining backup " + b.id() + " of " + g.name());
        String stored;
        try {
            host.define(xml);
            stored = host.inactiveXml(g.uuid());
        } catch (HostException e) {
            if (!Applier.lost(e)) {
                throw e;
            }
            // the define may or may not have reached libvirt: say so, never "nothing was changed"
            throw new HostException(e.kind(), "the connection was lost during the rollback of " + g.name() + " ("
                    + e.getMessage() + "): whether libvirt stored backup " + b.id() + " is unknown; run pvdm rollback "
                    + g.name() + " --to " + b.id() + " again once the host answers (the definition it replaced is"
                    + " backup " + safety.id() + ")", e);
        }
        boolean identical = stored.equals(xml);
        boolean equivalent = identical || equivalent(xml, stored);
        String diff = identical ? "" : UnifiedDiff.of(xml, stored, "backup/" + b.id() + ".xml", "stored.xml");
        step(progress, identical ? "verified: the stored definition is identical to the backup"
                : equivalent ? "verified: the stored definition equals the backup as XML (libvirt re-indented it)"
                : "libvirt stored the backup with differences (see the diff)");
        if (power.start() && (stopped || !running)) {
            PowerCycle.start(host, g.uuid(), g.name(), progress);
        }
        return new Result(b, safety, identical, equivalent, diff, running && !stopped);
    }

    private static boolean equivalent(String a, String b) {
        try {
            return XmlEquivalence.equivalent(XmlParser.parse(a), XmlParser.parse(b));
        } catch (XmlException e) {
            return false;
        }
    }

    private static void checkSameGuest(GuestSummary g, String xml, Backup b) throws HostException {
        try {
            String uuid = Domain.parse(xml).uuid();
            if (!uuid.equalsIgnoreCase(g.uuid())) {
                throw new HostException(Kind.CONFLICT, "backup " + b.id() + " belongs to guest " + uuid + ", not to "
                        + g.name() + ": refused");
            }
        } catch (XmlException e) {
            throw new HostException(Kind.INVALID_XML, "backup " + b.file() + " is not a readable domain XML: "
                    + e.getMessage());
        }
    }

    private static void step(Progress progress, String message) {
        LOG.info(message);
        progress.step(message);
    }
}
