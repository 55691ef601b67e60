package org.pvdm.model.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.domain.Domain;

class SelectionAndRoomTest {

    @Test
    void parsesTheCommandLineWords() {
        Selection s = Selection.fromArgs(List.of("--device", "52:54:00:AA:BB:CC", "--device", "hda", "--only", "NICS"));
        assertTrue(s.byName());
        assertTrue(s.named("52:54:00:aa:bb:cc"), "MACs compare case-insensitively");
        assertTrue(s.named("hda"));
        assertEquals(Selection.Only.NICS, s.scope());
        assertTrue(s.inScope(DeviceKind.NIC));
        assertFalse(s.inScope(DeviceKind.DISK));
        assertFalse(s.inScope(DeviceKind.CONTROLLER));
        assertEquals("--device 52:54:00:aa:bb:cc --device hda --only nics", s.toString());
        assertEquals("all convertible devices", Selection.all().toString());
        assertFalse(Selection.all().byName());
        assertTrue(Selection.fromArgs(List.of("--only", "disks")).inScope(DeviceKind.CONTROLLER));
        assertThrows(IllegalArgumentException.class, () -> Selection.fromArgs(List.of("--only", "cdroms")));
        assertThrows(IllegalArgumentException.class, () -> Selection.fromArgs(List.of("--device")));
        assertThrows(IllegalArgumentException.class, () -> Selection.fromArgs(List.of("hda")));
    }

    @Test
    void conversionLeavesTheOriginalAloneAndDiffsOnlyTheChange() throws Exception {
        String xml = "<domain type='kvm'>\n  <name>g</name>\n  <devices>\n    <disk type='file' device='disk'>\n"
                + "      <source file='/a.img'/>\n      <target dev='hda' bus='ide'/>\n    </disk>\n  </devices>\n</domain>\n";
        Domain original = Domain.parse(xml);
        Conversion c = Converter.convert(original, Selection.all());
        assertEquals(xml, original.toXml());
        assertEquals("--- a/g.xml\n+++ b/g.xml\n@@ -3,7 +3,7 @@\n   <devices>\n     <disk type='file' device='disk'>\n"
                + "       <source file='/a.img'/>\n-      <target dev='hda' bus='ide'/>\n+      <target dev='vda' bus='virtio'/>\n"
                + "     </disk>\n   </devices>\n </domain>\n", c.diff("a/g.xml", "b/g.xml"));
        Conversion none = Converter.convert(c.result(), Selection.all());
        assertFalse(none.changed());
        assertEquals("", none.diff("a", "b"));
    }

    @Test
    void aFullConventionalPciBusLeavesNoRoomForNewVirtioDevices() throws Exception {
        StringBuilder sb = new StringBuilder("<domain type='kvm'><os><type arch='x86_64' machine='pc'>hvm</type></os><devices>");
        sb.append("<disk type='file' device='disk'><target dev='hda' bus='ide'/></disk>");
        sb.append("<disk type='file' device='cdrom'><target dev='hdc' bus='ide'/></disk>");
        sb.append("<interface type='user'><mac address='52:54:00:00:00:01'/><model type='e1000'/>"
                + "<address type='pci' domain='0x0000' bus='0x00' slot='0x03' function='0x0'/></interface>");
        for (int slot = 4; slot <= 31; slot++) {
            sb.append("<disk type='file' device='disk'><target dev='").append(DiskNames.of("vd", slot - 4))
                    .append("' bus='virtio'/><address type='pci' domain='0x0000' bus='0x00' slot='").append(slot)
                    .append("' function='0x0'/></disk>");
        }
        sb.append("<controller type='ide' index='0'><address type='pci' domain='0x0000' bus='0x00' slot='0x01'"
                + " function='0x1'/></controller><controller type='pci' index='0' model='pci-root'/>");
        String full = sb + "<video><model type='cirrus'/><address type='pci' domain='0x0000' bus='0x00' slot='0x02'"
                + " function='0x0'/></video></devices></domain>";
        Conversion c = Converter.convert(Domain.parse(full), Selection.all().withCdroms());
        assertEquals(List.of("52:54:00:00:00:01"), c.changes().stream().map(Change::device).toList(),
                "the NIC keeps its slot; the disks need new ones");
        assertEquals(List.of("hda", "hdc"), c.refused().stream().map(Refusal::device).toList());
        assertTrue(c.refused().get(0).reason().contains("PCI slot"));
        String lastDisk = "<disk type='file' device='disk'><target dev='vdab' bus='virtio'/><address type='pci'"
                + " domain='0x0000' bus='0x00' slot='31' function='0x0'/></disk>";
        assertTrue(full.contains(lastDisk));
        String bridged = full.replace(lastDisk, "<controller type='pci' index='1' model='pci-bridge'><address type='pci'"
                + " domain='0x0000' bus='0x00' slot='0x1f' function='0x0'/></controller>");
        Conversion roomy = Converter.convert(Domain.parse(bridged), Selection.all().withCdroms());
        assertEquals(List.of(), roomy.refused(), "a pci-bridge with free slots makes room");
        assertEquals(4, roomy.changes().size(), "hda, the new virtio-scsi controller, hdc and the NIC");
    }
}
