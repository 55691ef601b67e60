package org.pvdm.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;

class TrialCloneTest {
    static final String SWITCHED = """
            <domain type='qemu'>
              <name>web</name>
              <uuid>aa809cc1-7081-45df-8ef8-b79b5ff74cac</uuid>
              <metadata>
                <pvdm:lab xmlns:pvdm='https://pvdm.org/lab/1' role='novirtio'/>
              </metadata>
              <devices>
                <disk type='file' device='disk'>
                  <driver name='qemu' type='raw' cache='none'/>
                  <source file='/var/lib/libvirt/images/web.raw'/>
                  <target dev='vda' bus='virtio'/>
                </disk>
                <disk type='file' device='cdrom'>
                  <source file='/iso/install.iso'/>
                  <target dev='hdc' bus='ide'/>
                  <readonly/>
                </disk>
                <interface type='bridge'>
                  <mac address='52:54:00:77:00:13'/>
                  <source bridge='br0'/>
                  <model type='virtio'/>
                </interface>
                <serial type='pty'>
                  <log file='/var/log/libvirt/qemu/web.console.log' append='off'/>
                  <target port='0'/>
                </serial>
                <channel type='unix'>
                  <source mode='bind' path='/var/lib/libvirt/qemu/channel/target/web.agent'/>
                  <target type='virtio' name='org.qemu.guest_agent.0'/>
                </channel>
              </devices>
            </domain>
            """;

    @Test
    void theCloneIsNewIsolatedAndWritesOnlyToItsOverlays() throws Exception {
        Path dir = Path.of("/var/lib/libvirt/images/pvdm-try");
        TrialClone.Result r = TrialClone.of(Domain.parse(SWITCHED), "pvdm-try-web", dir);
        Domain c = Domain.parse(r.xml());
        assertEquals("pvdm-try-web", c.name());
        assertEquals("", c.uuid(), "libvirt gives the clone a new UUID");
        assertFalse(r.xml().contains("pvdm.org/lab"), "no lab mark on the clone");
        Disk vda = c.disk("vda").orElseThrow();
        assertEquals(dir.resolve("pvdm-try-web-vda.qcow2").toString(), vda.source());
        assertTrue(r.xml().contains("type='qcow2'") && r.xml().contains("cache='none'"), r.xml());
        assertEquals(1, r.overlays().size(), "the read-only CD-ROM needs no overlay");
        assertEquals(Path.of("/var/lib/libvirt/images/web.raw"), r.overlays().get(0).base());
        assertEquals("raw", r.overlays().get(0).baseFormat());
        assertEquals("/iso/install.iso", c.disk("hdc").orElseThrow().source());
        assertEquals(1, c.nics().size());
        assertEquals("ethernet", c.nics().get(0).type());
        assertFalse(c.nics().get(0).mac().equals("52:54:00:77:00:13"), "a new MAC");
        assertTrue(c.nics().get(0).mac().startsWith("52:54:00:"));
        assertFalse(r.xml().contains("br0"), "on no network");
        assertEquals(dir.resolve("pvdm-try-web.console.log"), r.consoleLog().orElseThrow());
        assertFalse(r.xml().contains("web.agent"), "libvirt picks the clone's agent socket");
        assertFalse(r.xml().contains("/var/log/libvirt/qemu/web.console.log"), "the guest's own log is not touched");
    }

    @Test
    void disksItCannotOverlayAreRefusedWithALine() {
        String net = SWITCHED.replace("<disk type='file' device='disk'>", "<disk type='network' device='disk'>")
                .replace("<source file='/var/lib/libvirt/images/web.raw'/>", "<source protocol='rbd' name='pool/web'/>");
        TrialException e = assertThrows(TrialException.class, () -> TrialClone.of(Domain.parse(net), "t", Path.of("/t")));
        assertTrue(e.getMessage().contains("'network' disk"), e.getMessage());
        String relative = SWITCHED.replace("/var/lib/libvirt/images/web.raw", "json:{\"driver\":\"file\"}");
        e = assertThrows(TrialException.class, () -> TrialClone.of(Domain.parse(relative), "t", Path.of("/t")));
        assertTrue(e.getMessage().contains("not an absolute path"), e.getMessage());
    }
}
