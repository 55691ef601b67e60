package org.pvdm.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.Host;
import org.pvdm.model.domain.Domain;

class LabXmlTest {
    @TempDir
    Path tmp;

    private static final LabPaths PATHS = new LabPaths(Path.of("/var/lib/libvirt/images/pvdm-lab"),
            Path.of("/var/log/libvirt/qemu"), Path.of("/var/log/libvirt/qemu"));

    @Test
    void twinsDifferOnlyInDiskBusNicModelAndAddress() throws Exception {
        Domain emu = Domain.parse(LabXml.twin(LabTwin.EMULATED, "qemu", PATHS));
        Domain pv = Domain.parse(LabXml.twin(LabTwin.PV, "qemu", PATHS));
        assertEquals("qemu", emu.type());
        assertEquals("ide", emu.disks().get(0).bus());
        assertEquals("hda", emu.disks().get(0).target());
        assertEquals("e1000", emu.nics().get(0).model());
        assertEquals("pvdmlab0", emu.nics().get(0).source());
        assertEquals("52:54:00:77:00:11", emu.nics().get(0).mac());
        assertTrue(emu.toXml().contains("<target type='virtio' name='org.qemu.guest_agent.0'/>"),
                "the guest agent's virtio-serial channel: " + emu.toXml());
        assertEquals("virtio", pv.disks().get(0).bus());
        assertEquals("vda", pv.disks().get(0).target());
        assertEquals("virtio", pv.nics().get(0).model());
        String x = LabXml.twin(LabTwin.EMULATED, "kvm", PATHS);
        assertTrue(x.contains("<acpi/>"), "ACPI, or virsh shutdown does nothing");
        assertTrue(x.contains("pvdm.ip=10.77.0.11/24 pvdm.peer=10.77.0.1"), x);
        assertTrue(x.contains("<log file='/var/log/libvirt/qemu/pvdm-lab-emulated.console.log' append='off'/>"), x);
        assertTrue(x.contains("<kernel>/var/lib/libvirt/images/pvdm-lab/vmlinuz</kernel>"), x);
        assertTrue(LabXml.twin(LabTwin.NOVIRTIO, "qemu", PATHS).contains("initrd-novirtio.img"));
    }

    @Test
    void theLabMarkSurvivesLibvirtAndOnlyLabGuestsCarryIt() throws Exception {
        try (Host host = LabTestHosts.open(tmp)) {
            String uuid = host.define(LabXml.twin(LabTwin.PV, "qemu", PATHS));
            assertEquals(Optional.of("pv"), LabXml.labRole(host.inactiveXml(uuid)));
            assertEquals(Optional.empty(), LabXml.labRole(host.inactiveXml(host.guest("plain").uuid())));
        }
    }

    @Test
    void aForeignNamespaceOrALookAlikeIsNoMark() {
        assertEquals(Optional.empty(), LabXml.labRole("<domain><name>x</name><metadata><other:lab"
                + " xmlns:other='https://example.org/'/></metadata><description>https://pvdm.org/lab/1</description>"
                + "</domain>"));
        assertEquals(Optional.of("emulated"), LabXml.labRole("<domain><metadata><p:lab xmlns:p='https://pvdm.org/lab/1'"
                + " role='emulated'/></metadata></domain>"));
    }
}
