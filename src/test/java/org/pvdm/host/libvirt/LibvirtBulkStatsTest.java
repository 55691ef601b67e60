package org.pvdm.host.libvirt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.CounterSnapshot;
import org.pvdm.host.GuestCounters;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.NetCounters;
import org.pvdm.testsupport.Needs;

/**
 * The bulk path (virConnectGetAllDomainStats through JNA) against a real libvirtd with QEMU: a tiny TCG guest
 * with no OS (SeaBIOS only) and a tap NIC. Skips when no libvirtd answers at qemu:///system or the guest cannot
 * start here.
 */
class LibvirtBulkStatsTest {

    private static final String URI = "qemu:///system";
    private static final String NAME = "pvdm-host-bulktest";
    private static final String UUID = "0dd5a1e0-0000-4000-8000-00000000b01c";
    private static final String MAC = "52:54:00:b0:1c:01";
    private static final Path DISK = Path.of("/var/lib/pvdm-test/bulk.img");
    private static final String XML = """
            <domain type='qemu'>
              <name>%s</name>
              <uuid>%s</uuid>
              <memory unit='MiB'>64</memory>
              <vcpu>1</vcpu>
              <os><type arch='x86_64'>hvm</type><boot dev='hd'/></os>
              <devices>
                <disk type='file' device='disk'>
                  <driver name='qemu' type='raw'/>
                  <source file='%s'/>
                  <target dev='vda' bus='virtio'/>
                </disk>
                <interface type='ethernet'>
                  <mac address='%s'/>
                  <target dev='pvdmtap0' managed='yes'/>
                  <model type='virtio'/>
                </interface>
              </devices>
            </domain>""".formatted(NAME, UUID, DISK, MAC);

    private Host host;

    @BeforeEach
    void startGuest() throws IOException {
        TestHosts.assumeLibvirt();
        try {
            host = LibvirtHosts.open(URI, true, null, Duration.ofSeconds(5));
        } catch (HostException e) {
            Needs.libvirtd(URI, e.getMessage());
        }
        removeLeftover();
        Files.createDirectories(DISK.getParent());
        try (RandomAccessFile f = new RandomAccessFile(DISK.toFile(), "rw")) {
            f.setLength(16L << 20);
        }
        try {
            host.define(XML);
            host.start(UUID);
        } catch (HostException e) {
            Needs.present(false, () -> "a QEMU guest that can start on this machine: " + e.getMessage());
        }
    }

    @AfterEach
    void removeGuest() {
        if (host != null) {
            removeLeftover();
            host.close();
        }
    }

    private void removeLeftover() {
        try {
            if (host.guest(UUID).state().active()) {
                host.destroy(UUID);
            }
            host.undefine(UUID);
        } catch (HostException e) {
            // not there: fine
        }
    }

    @Test
    void oneBulkCallGivesDisksAndNicsKeyedByMac() throws Exception {
        CounterSnapshot first = host.stats().sample(List.of(UUID));
        Thread.sleep(500);
        CounterSnapshot second = host.stats().sample(List.of(UUID));

        assertTrue(second.bulk(), "libvirt 1.2.8+ with QEMU gives block and net groups in bulk");
        assertTrue(((LibvirtStats) host.stats()).bulkInUse());
        assertEquals(false, second.synthetic());
        GuestCounters g1 = first.guests().get(0);
        GuestCounters g2 = second.guests().get(0);
        assertEquals(NAME, g2.name());
        assertEquals(1, g2.vcpus());
        assertTrue(g2.cpuTimeNs() > g1.cpuTimeNs(), "a running TCG guest uses CPU");
        BlockCounters disk = g2.disks().get(0);
        assertEquals("vda", disk.device());
        assertTrue(disk.rdReqs() >= 0 && disk.rdTimesNs() >= 0, "bulk gives read times: " + disk);
        assertEquals(-1, disk.errors(), "errors are Xen-only");
        NetCounters nic = g2.nics().get(0);
        assertEquals(MAC, nic.mac());
        assertEquals("pvdmtap0", nic.hostDevice());
        assertTrue(nic.rxBytes() >= 0 && nic.txPackets() >= 0, nic.toString());
    }
}
