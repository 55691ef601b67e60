package org.pvdm.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.GuestState;
import org.pvdm.host.HostException;
import org.pvdm.model.convert.Selection;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.GuestXml;

/**
 * What the Applier does when libvirt accepts a definition but stores something else (a driver that
 * normalises a bus away, a hook that rewrites it): libvirt's test driver always stores what it is given, so
 * only a fake host reaches this branch.
 */
class ApplierVerificationTest {
    @TempDir
    Path tmp;

    private final FakeHost host = new FakeHost();
    private final String original = GuestXml.emulated("db");
    private final String uuid = GuestXml.uuidOf("db");

    private Plan plan() throws HostException {
        host.add(original, GuestState.SHUTOFF);
        Plan plan = new Planner(host).plan(uuid, Selection.all(), PowerOptions.none(), WriteAccess.allowed(), false);
        assertFalse(plan.blocked(), plan.checks().toString());
        assertEquals(2, plan.changes().size(), plan.changes().toString());
        return plan;
    }

    @Test
    void aChangeLibvirtDidNotStoreRestoresTheOriginal() throws Exception {
        Plan plan = plan();
        // the disk comes back on IDE: the NIC change is stored, the disk change is not
        host.storeAs(xml -> xml.replace("<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='ide'/>"));
        BackupStore backups = new BackupStore(tmp);
        List<String> steps = new ArrayList<>();

        HostException e = assertThrows(HostException.class,
                () -> new Applier(host, backups).apply(plan, PowerOptions.none(), steps::add));

        assertTrue(e.getMessage().contains("libvirt did not store the planned change of db"), e.getMessage());
        assertTrue(e.getMessage().contains("bus is ide, planned virtio"), e.getMessage());
        assertEquals(original, host.inactiveXml(uuid), "the original definition is back");
        assertEquals(2, host.calls("define"), "the new definition, then the original again");
        Backup backup = backups.list(host.uri(), uuid).get(0);
        assertTrue(e.getMessage().contains(backup.id()), "the message names the backup: " + e.getMessage());
        assertEquals(original, Files.readString(backup.file()));
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("verification failed")), steps.toString());
    }

    @Test
    void aDefinitionThatComesBackUnreadableRestoresTheOriginal() throws Exception {
        Plan plan = plan();
        host.storeAs(xml -> xml.contains("virtio") ? "<domain><name>db</name><uuid>" + uuid + "</uuid><devices>"
                + "<disk><target dev='vda' bus='virtio'/></disk></devices>" : xml);
        HostException e = assertThrows(HostException.class,
                () -> new Applier(host, new BackupStore(tmp)).apply(plan, PowerOptions.none(), m -> { }));
        assertTrue(e.getMessage().contains("not readable"), e.getMessage());
        assertEquals(original, host.inactiveXml(uuid));
    }

    @Test
    void whatLibvirtStoredIsAcceptedWhenEveryChangeIsThere() throws Exception {
        Plan plan = plan();
        // libvirt adds the PCI address it assigned: not a missing change
        host.storeAs(xml -> xml.replace("<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/>\n"
                + "      <address type='pci' domain='0x0000' bus='0x04' slot='0x00' function='0x0'/>"));
        ApplyResult r = new Applier(host, new BackupStore(tmp)).apply(plan, PowerOptions.none(), m -> { });
        assertEquals(1, host.calls("define"));
        assertTrue(host.inactiveXml(uuid).contains("bus='0x04'"));
        assertEquals(original, Files.readString(r.backup().file()));
    }
}
