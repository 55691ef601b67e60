package org.pvdm.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pvdm.model.domain.Domain;
import org.pvdm.testsupport.GuestXml;

class PvdmMetadataTest {
    static final String WIN = GuestXml.windows("/var/lib/libvirt/images/win.raw");

    @Test
    void confirmationTrialAndStageSurviveAWriteAndARead() throws Exception {
        Domain d = Domain.parse(WIN);
        PvdmMetadata m = new PvdmMetadata(d);
        Instant t = Instant.parse("2026-11-30T03:00:00Z");
        m.confirm(PvKind.DISK, t);
        m.confirm(PvKind.DISK, t.plusSeconds(5));
        m.recordTrial(new PvdmMetadata.Trial(PvKind.DISK, false, t, "no I/O on vda"));
        m.setStage(new PvdmMetadata.Stage(1, "vdz", "/var/lib/libvirt/images/win-pvdm-stage.qcow2"));
        Domain again = Domain.parse(d.toXml());
        PvdmMetadata back = new PvdmMetadata(again);
        assertEquals(t.plusSeconds(5), back.confirmed(PvKind.DISK).orElseThrow());
        assertFalse(back.confirmed(PvKind.NIC).isPresent());
        assertEquals(1, back.trials().size());
        assertFalse(back.trials().get(0).passed());
        assertEquals("vdz", back.stage().orElseThrow().tempDisk());
        assertEquals("http://microsoft.com/win/2k8r2", again.os().libosinfoId().orElseThrow(), "libosinfo kept");
        back.clearStage();
        assertFalse(new PvdmMetadata(Domain.parse(again.toXml())).stage().isPresent());
        assertEquals(1, d.toXml().split("confirmed kind").length - 1, "one confirmation per kind");
    }

    @Test
    void metadataIsCreatedWhenMissingAndBadValuesAreIgnored() throws Exception {
        Domain d = Domain.parse("<domain type='kvm'><name>x</name><uuid>u</uuid><devices/></domain>");
        new PvdmMetadata(d).confirm(PvKind.NIC, Instant.parse("2026-01-01T00:00:00Z"));
        assertTrue(d.toXml().contains("<metadata>"), d.toXml());
        Domain bad = Domain.parse("<domain type='kvm'><name>x</name><metadata><p:switch xmlns:p='"
                + PvdmMetadata.NAMESPACE + "'><confirmed kind='disk' at='yesterday'/><stage number='7'/>"
                + "<trial kind='cdrom' result='pass' at='2026-01-01T00:00:00Z'/></p:switch></metadata></domain>");
        PvdmMetadata m = new PvdmMetadata(bad);
        assertFalse(m.confirmed(PvKind.DISK).isPresent());
        assertFalse(m.stage().isPresent());
        assertTrue(m.trials().isEmpty());
    }
}
