package org.pvdm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.cli.Cli;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;

/**
 * The switch on a real libvirtd with the QEMU driver: define a guest with IDE + SATA disks and an e1000 NIC,
 * convert it through the real CLI, verify what libvirt stored, roll back to the identical definition; a
 * stale plan is refused and the other writer's definition stays.
 */
class QemuSwitchIT {
    private static final String NAME = "pvdm-it-switch";
    private static final String XML = """
            <domain type='qemu'>
              <name>pvdm-it-switch</name>
              <uuid>6b1f7c1e-7a53-4d1c-9d55-2f0c1a7e0001</uuid>
              <memory unit='KiB'>131072</memory>
              <vcpu>1</vcpu>
              <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='hd'/></os>
              <devices>
                <disk type='file' device='disk'>
                  <driver name='qemu' type='raw' cache='none'/>
                  <source file='/var/lib/libvirt/images/pvdm-it-a.img'/>
                  <target dev='hda' bus='ide'/>
                  <serial>PVDM-A</serial>
                </disk>
                <disk type='file' device='disk'>
                  <driver name='qemu' type='raw'/>
                  <source file='/var/lib/libvirt/images/pvdm-it-b.img'/>
                  <target dev='sdb' bus='sata'/>
                </disk>
                <interface type='ethernet'>
                  <mac address='52:54:00:77:00:01'/>
                  <model type='e1000'/>
                </interface>
              </devices>
            </domain>
            """;

    @TempDir
    Path tmp;

    private Host host;

    @BeforeEach
    void define() throws Exception {
        host = QemuHost.openOrSkip();
        System.setProperty("pvdm.data.home", tmp.resolve("data").toString());
        undefineIfThere();
        host.define(XML);
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (host != null) {
            undefineIfThere();
            host.close();
        }
        System.clearProperty("pvdm.data.home");
    }

    private void undefineIfThere() throws HostException {
        try {
            host.undefine(host.guest(NAME).uuid());
        } catch (HostException e) {
            if (e.kind() != HostException.Kind.NOT_FOUND) {
                throw e;
            }
        }
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void convertVerifyAndRollBackToTheIdenticalDefinition() throws Exception {
        String uuid = host.guest(NAME).uuid();
        String original = host.inactiveXml(uuid);
        String[] r = run("convert", NAME, "--connect", QemuHost.URI, "--yes");
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("verified: every planned change is stored"), r[1]);

        Domain stored = Domain.parse(host.inactiveXml(uuid));
        for (Disk d : stored.disks()) {
            assertEquals("virtio", d.bus(), "disk " + d.target());
            assertTrue(d.target().startsWith("vd"), d.target());
            assertFalse(d.address().map(a -> "drive".equals(a.attr("type"))).orElse(false), "no drive address");
        }
        assertEquals("PVDM-A", stored.disk("vda").orElseThrow().element().child("serial").orElseThrow().text());
        assertEquals("virtio", stored.nic("52:54:00:77:00:01").orElseThrow().model());

        String[] back = run("rollback", NAME, "--connect", QemuHost.URI, "--yes");
        assertEquals("0", back[0], back[1] + back[2]);
        assertEquals(original, host.inactiveXml(uuid), "virsh dumpxml --inactive gives the identical definition");
    }

    @Test
    void aStalePlanIsRefusedAndTheOtherWriterWins() throws Exception {
        String[] plan = run("plan", NAME, "--connect", QemuHost.URI, "--json");
        assertEquals("0", plan[0], plan[2]);
        Path file = tmp.resolve("plan.json");
        Files.writeString(file, plan[1]);
        String uuid = host.guest(NAME).uuid();
        String theirs = host.inactiveXml(uuid).replace("<memory unit='KiB'>131072</memory>",
                "<memory unit='KiB'>262144</memory>");
        host.define(theirs);
        String afterOtherWriter = host.inactiveXml(uuid);

        String[] apply = run("apply", file.toString(), "--yes");
        assertEquals("8", apply[0], apply[1] + apply[2]);
        assertTrue(apply[2].contains("changed since the plan was made"), apply[2]);
        assertEquals(afterOtherWriter, host.inactiveXml(uuid), "the guest is exactly as the other writer left it");
    }
}
