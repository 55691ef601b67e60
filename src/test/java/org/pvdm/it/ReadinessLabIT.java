package org.pvdm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.pvdm.host.Host;
import org.pvdm.model.domain.Domain;

/**
 * Readiness, the boot watchdog, pvdm try and the staged switch on the real lab (qemu:///system): the no-virtio
 * twin converted with --start --auto-rollback is rolled back and runs on IDE again; the emulated twin passes the
 * watch; try fails the no-virtio twin and passes the emulated one without touching their images; a shut-off
 * Windows-labelled guest goes stage 1 -> confirmed -> stage 2 with the temporary disk and its image gone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadinessLabIT {
    private static final String U = QemuHost.URI;
    private static final Path IMAGES = Path.of("/var/lib/libvirt/images/pvdm-lab");

    @BeforeAll
    static void lab() {
        LabMachine.assumeReady();
        LabMachine.Run up = LabMachine.cli("lab", "up", "--variant", "no-virtio", "--connect", U);
        assertEquals(0, up.exit(), up.out() + up.err());
    }

    @Test
    @Order(1)
    void inspectShowsReadinessFromTheGuestAgent() {
        LabMachine.Run r = LabMachine.cli("inspect", "pvdm-lab-emulated", "--connect", U);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("agent: pvdm lab guest") && r.out().contains("virtio_blk is loaded"), r.out());
    }

    @Test
    @Order(2)
    void theNoVirtioTwinFailsTheWatchAndIsRolledBack() throws Exception {
        LabMachine.Run r = LabMachine.cli("convert", "pvdm-lab-novirtio", "--connect", U, "--yes", "--shutdown",
                "--start", "--auto-rollback");
        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("rolled back"), r.err());
        try (Host h = QemuHost.openOrSkip()) {
            String uuid = h.guest("pvdm-lab-novirtio").uuid();
            assertEquals("ide", Domain.parse(h.inactiveXml(uuid)).disk("hda").orElseThrow().bus());
            assertTrue(h.guest(uuid).state().active(), "started again");
        }
    }

    @Test
    @Order(3)
    void theEmulatedTwinPassesTheWatch() throws Exception {
        // the default watch: under TCG on a loaded two-core machine the kernel may need more than 120 s before its
        // first disk request, and the watch counts from the guest's first sign of life, so a slow boot still passes
        LabMachine.Run r = LabMachine.cli("convert", "pvdm-lab-emulated", "--connect", U, "--yes", "--shutdown",
                "--start", "--auto-rollback");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("saw no problem"), r.out());
        LabMachine.Run back = LabMachine.cli("rollback", "pvdm-lab-emulated", "--connect", U, "--yes", "--shutdown",
                "--force", "--start");
        assertEquals(0, back.exit(), back.out() + back.err());
    }

    @Test
    @Order(4)
    void tryFailsTheNoVirtioTwinPassesTheEmulatedOneAndChangesNoImage() throws Exception {
        try (Host h = QemuHost.openOrSkip()) {
            for (String g : new String[] {"pvdm-lab-novirtio", "pvdm-lab-emulated"}) {
                String uuid = h.guest(g).uuid();
                if (h.guest(uuid).state().active()) {
                    h.destroy(uuid);
                }
            }
        }
        String novirtio = sha(IMAGES.resolve("novirtio.raw"));
        String emulated = sha(IMAGES.resolve("emulated.raw"));
        LabMachine.Run running = LabMachine.cli("try", "pvdm-lab-pv", "--connect", U);
        assertEquals(8, running.exit(), "a running guest is refused: " + running.err());
        LabMachine.Run bad = LabMachine.cli("try", "pvdm-lab-novirtio", "--connect", U, "--watch", "90");
        assertEquals(3, bad.exit(), bad.out() + bad.err());
        assertTrue(bad.out().contains("no I/O on vda"), bad.out());
        LabMachine.Run good = LabMachine.cli("try", "pvdm-lab-emulated", "--connect", U, "--watch", "90");
        assertEquals(0, good.exit(), good.out() + good.err());
        assertEquals(novirtio, sha(IMAGES.resolve("novirtio.raw")));
        assertEquals(emulated, sha(IMAGES.resolve("emulated.raw")));
        try (var files = Files.list(Path.of("/var/lib/libvirt/images/pvdm-try"))) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".qcow2")), "no overlay left");
        }
    }

    @Test
    @Order(5)
    void aWindowsBootDiskGoesStageOneConfirmedStageTwo() throws Exception {
        Path dir = Path.of("/var/lib/libvirt/images/pvdm-it-staged");
        Files.createDirectories(dir);
        Path image = dir.resolve("pvdm-it-staged.raw");
        Files.write(image, new byte[1024 * 1024]);
        String xml = StagingXml.WIN.replace("IMAGE", image.toString());
        try (Host h = QemuHost.openOrSkip()) {
            String uuid = h.define(xml);
            try {
                LabMachine.Run s1 = LabMachine.cli("convert", "pvdm-it-staged", "--connect", U, "--yes");
                assertEquals(0, s1.exit(), s1.out() + s1.err());
                Domain after1 = Domain.parse(h.inactiveXml(uuid));
                assertEquals("ide", after1.disk("hda").orElseThrow().bus(), "stage 1 leaves the boot disk");
                Path temp = dir.resolve("pvdm-it-staged-pvdm-stage.qcow2");
                assertTrue(Files.exists(temp));
                LabMachine.Run waiting = LabMachine.cli("convert", "pvdm-it-staged", "--connect", U, "--yes");
                assertEquals(3, waiting.exit(), "stage 2 waits for proof: " + waiting.err());
                LabMachine.Run s2 = LabMachine.cli("convert", "pvdm-it-staged", "--connect", U, "--yes",
                        "--drivers-installed");
                assertEquals(0, s2.exit(), s2.out() + s2.err());
                Domain after2 = Domain.parse(h.inactiveXml(uuid));
                assertEquals(image.toString(), after2.disk("vda").orElseThrow().source(), "boot disk on virtio");
                assertEquals(1, after2.disks().size(), "no temporary disk");
                assertFalse(Files.exists(temp), "its image is gone");
            } finally {
                h.undefine(uuid);
            }
        }
    }

    @AfterAll
    static void cleanup() throws Exception {
        Path dir = Path.of("/var/lib/libvirt/images/pvdm-it-staged");
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static String sha(Path p) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(p)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** A shut-off guest with Windows libosinfo metadata and an IDE boot disk; never started. */
    static final class StagingXml {
        static final String WIN = """
                <domain type='qemu'>
                  <name>pvdm-it-staged</name>
                  <metadata>
                    <libosinfo:libosinfo xmlns:libosinfo="http://libosinfo.org/xmlns/libvirt/domain/1.0">
                      <libosinfo:os id="http://microsoft.com/win/2k8r2"/>
                    </libosinfo:libosinfo>
                  </metadata>
                  <memory unit='MiB'>128</memory>
                  <vcpu>1</vcpu>
                  <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='hd'/></os>
                  <devices>
                    <disk type='file' device='disk'>
                      <driver name='qemu' type='raw'/>
                      <source file='IMAGE'/>
                      <target dev='hda' bus='ide'/>
                    </disk>
                  </devices>
                </domain>
                """;
    }
}
