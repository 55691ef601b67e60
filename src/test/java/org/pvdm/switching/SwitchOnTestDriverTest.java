package org.pvdm.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pvdm.host.HostException;
import org.pvdm.model.classify.Classifier;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.domain.Domain;
import org.pvdm.testsupport.DemoHostFixture;

/** Plan, apply, verify, back up and roll back on the demo host (libvirt's real test driver). */
class SwitchOnTestDriverTest extends DemoHostFixture {
    @Test
    void appliesVerifiesBacksUpAndRollsBackExactly() throws Exception {
        String uuid = host.guest("sles15sp4-nfs").uuid();
        String original = host.inactiveXml(uuid);
        Plan plan = plan("sles15sp4-nfs", Selection.all(), PowerOptions.none());
        assertFalse(plan.blocked(), plan.checks().toString());
        assertEquals(List.of("sda", "sdb", "nic"), plan.changes().stream()
                .map(c -> c.kind() == org.pvdm.model.classify.DeviceKind.NIC ? "nic" : c.device()).toList());

        ApplyResult r = new Applier(host, store).apply(plan, PowerOptions.none(), m -> { });
        assertEquals(original, Files.readString(r.backup().file()), "the backup holds the original definition");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(r.backup().file())));
        Domain stored = Domain.parse(host.inactiveXml(uuid));
        assertEquals("virtio", stored.disk("vda").orElseThrow().bus());
        assertEquals("virtio", stored.disk("vdb").orElseThrow().bus());
        assertEquals(1, Classifier.classify(stored).emulatedCount(), "only the CD-ROM stays emulated");

        Rollback.Result back = new Rollback(host, store).restore("sles15sp4-nfs", null, PowerOptions.none(), m -> { });
        assertTrue(back.equivalent(), back.diff());
        assertTrue(org.pvdm.model.xml.XmlEquivalence.equivalent(org.pvdm.model.xml.XmlParser.parse(original),
                org.pvdm.model.xml.XmlParser.parse(host.inactiveXml(uuid))), "rollback gives the same definition back");
        assertEquals(2, store.list(host.uri(), uuid).size(), "the replaced definition was backed up too");
    }

    @Test
    void aStalePlanIsRefusedAndTheOtherWritersDefinitionStays() throws Exception {
        String uuid = host.guest("rhel8-jira").uuid();
        Plan plan = plan("rhel8-jira", Selection.all(), new PowerOptions(true, false, PowerOptions.DEFAULT_TIMEOUT, false));
        String theirs = host.inactiveXml(uuid).replace("<description>", "<description>changed by someone else. ");
        String changed = theirs.contains("changed by someone else") ? theirs
                : host.inactiveXml(uuid).replaceFirst("<memory unit='KiB'>\\d+</memory>", "<memory unit='KiB'>1048576</memory>");
        host.define(changed);
        String before = host.inactiveXml(uuid);
        HostException e = assertThrows(HostException.class,
                () -> new Applier(host, store).apply(plan, plan.running() ? new PowerOptions(true, false,
                        PowerOptions.DEFAULT_TIMEOUT, false) : PowerOptions.none(), m -> { }));
        assertEquals(HostException.Kind.CONFLICT, e.kind());
        assertTrue(e.getMessage().contains("changed by someone else"), e.getMessage());
        assertEquals(before, host.inactiveXml(uuid), "nothing written");
        assertEquals(List.of(), store.list(host.uri(), uuid), "not even a backup: nothing was started");
    }

    @Test
    void aRunningGuestBlocksWithoutShutdown() throws Exception {
        Plan plan = plan("rhel7-jenkins", Selection.all(), PowerOptions.none());
        assertTrue(plan.blocked());
        assertEquals("guest-running", plan.blocking().get(0).id());
        assertTrue(plan.blocking().get(0).devices().contains(plan.changes().get(0).device()));
        assertThrows(HostException.class, () -> new Applier(host, store).apply(plan, PowerOptions.none(), m -> { }));
    }

    @Test
    void windowsBootDiskNeedsProofOfADriver() throws Exception {
        PowerOptions off = new PowerOptions(true, false, PowerOptions.DEFAULT_TIMEOUT, false);
        Plan plan = plan("win2k12r2-sql", Selection.all(), off);
        Check boot = plan.checks().stream().filter(c -> c.id().equals("boot-driver")).findFirst().orElseThrow();
        assertEquals(Verdict.BLOCK, boot.verdict());
        assertEquals(List.of("hda"), boot.devices());
        // the test driver cannot hold the stage-1 image: the plan says why the block stands instead of two stages
        Check noStages = plan.checks().stream().filter(c -> c.id().equals("stage")).findFirst().orElseThrow();
        assertEquals(Verdict.WARN, noStages.verdict());
        assertTrue(noStages.message().contains("only on a local qemu:/// host"), noStages.message());
        Plan dataFirst = plan("win2k12r2-sql", Selection.devices(List.of("hdb")), off);
        assertFalse(dataFirst.blocked(), "switching a data disk first is the safe path: " + dataFirst.checks());
        Plan confirmed = new Planner(host).plan("win2k12r2-sql", Selection.all(), off, WriteAccess.allowed(), true);
        assertFalse(confirmed.blocked(), confirmed.checks().toString());
    }

    @Test
    void aBackupThatCannotBeWrittenStopsEverything() throws Exception {
        Path notADir = tmp.resolve("file");
        Files.writeString(notADir, "x");
        String uuid = host.guest("centos5-legacy-pbx").uuid();
        String before = host.inactiveXml(uuid);
        Plan plan = plan("centos5-legacy-pbx", Selection.all(), PowerOptions.none());
        assertFalse(plan.blocked(), plan.checks().toString());
        assertThrows(java.io.IOException.class,
                () -> new Applier(host, new BackupStore(notADir)).apply(plan, PowerOptions.none(), m -> { }));
        assertEquals(before, host.inactiveXml(uuid), "no backup, no change");
    }

    @Test
    void unknownDeviceBlocksThePlan() throws Exception {
        Plan plan = plan("centos5-legacy-pbx", Selection.devices(List.of("vdz")), PowerOptions.none());
        assertTrue(plan.blocked());
        assertEquals(List.of("vdz"), plan.blocking().get(0).devices());
    }
}
