package org.pvdm.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pvdm.host.DemoHost;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.domain.Domain;
import org.pvdm.readiness.OsinfoDb;
import org.pvdm.readiness.PvKind;
import org.pvdm.readiness.PvdmMetadata;
import org.pvdm.testsupport.Needs;

/** The plan's checks carry the guest's readiness, and a confirmation kept in its metadata is proof. */
class ReadinessInPlanTest {
    private Host host;

    @BeforeEach
    void open() throws Exception {
        Needs.libvirt0();
        host = LibvirtHosts.open(DemoHost.uri(), true);
    }

    @AfterEach
    void close() {
        if (host != null) {
            host.close();
        }
    }

    private Check check(Plan p, String id) {
        return p.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(
                "no check " + id + " in " + p.checks()));
    }

    @Test
    void readinessIsACheckPerKindAndTheMetadataConfirmationUnblocksAWindowsBootDisk() throws Exception {
        Plan before = new Planner(host).plan("win2k8r2-dc01", Selection.all(), new PowerOptions(true, false, PowerOptions.DEFAULT_TIMEOUT, false),
                WriteAccess.allowed(), false);
        assertEquals(Verdict.BLOCK, check(before, "boot-driver").verdict());
        Check disk = check(before, "readiness-disk");
        assertEquals(Verdict.WARN, disk.verdict(), disk.message());
        if (OsinfoDb.system().present()) {
            assertTrue(disk.message().contains("not-ready") && disk.message().contains("osinfo"), disk.message());
        }
        GuestSummary g = host.guest("win2k8r2-dc01");
        Domain d = Domain.parse(host.inactiveXml(g.uuid()));
        new PvdmMetadata(d).confirm(PvKind.DISK, Instant.parse("2026-11-30T03:00:00Z"));
        host.define(d.toXml());
        Plan after = new Planner(host).plan("win2k8r2-dc01", Selection.all(), new PowerOptions(true, false, PowerOptions.DEFAULT_TIMEOUT, false),
                WriteAccess.allowed(), false);
        assertFalse(after.blocked(), after.checks().toString());
        assertEquals(Verdict.OK, check(after, "readiness-disk").verdict());
        assertTrue(check(after, "boot-driver").message().contains("admin confirmed"), check(after, "boot-driver").message());
    }
}
