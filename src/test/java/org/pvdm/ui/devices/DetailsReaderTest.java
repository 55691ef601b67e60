package org.pvdm.ui.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pvdm.host.DiskSize;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.GuestXml;

/** What the devices view reads besides the verdicts, on a host that cannot say every size. */
class DetailsReaderTest {

    @Test
    void aSizeLibvirtCannotGiveIsUnknownWithWhyAndAStageIsSaidWithTheNextStep() throws Exception {
        FakeHost host = new FakeHost();
        String xml = GuestXml.emulated("staged").replace("</metadata>",
                "<pvdm:switch xmlns:pvdm='https://pvdm.org/switch/1'><stage number='1' temp-disk='vdz'"
                        + " temp-image='/var/lib/libvirt/images/staged-pvdm-stage.qcow2'/></pvdm:switch></metadata>");
        GuestSummary g = host.add(xml, GuestState.SHUTOFF);

        GuestDetails d = new DetailsReader(host).read(g, "http://debian.org/debian/12");

        assertTrue(d.devices().sizeOf("hda").startsWith("unknown: "), d.devices().sizeOf("hda"));
        assertEquals("/var/lib/libvirt/images/staged.qcow2", d.devices().of("hda"));
        assertTrue(d.readiness().isPresent(), d.problem());
        String stage = ReadinessWords.stage(d.stage(), g.name());
        assertTrue(stage.contains("stage 1 is done") && stage.contains("vdz") && stage.contains("start staged"), stage);
        assertTrue(ReadinessWords.line(d).contains("disk "), ReadinessWords.line(d));
    }

    @Test
    void sizesAreWrittenInBinaryUnits() {
        assertEquals("40.0 GiB (1.5 GiB used)", DetailsReader.text(new DiskSize(40L << 30, 3L << 29, "block info")));
        assertEquals("512 B (0 B used)", DetailsReader.text(new DiskSize(512, 0, "block info")));
        assertEquals("1.0 TiB (1.0 TiB used)", DetailsReader.text(new DiskSize(1099506450432L, 1L << 40, "block info")));
    }
}
