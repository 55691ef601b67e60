package org.pvdm.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pvdm.model.convert.Change;
import org.pvdm.model.convert.Conversion;
import org.pvdm.model.convert.Converter;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.domain.Domain;
import org.pvdm.readiness.DriverReadiness;
import org.pvdm.readiness.OsinfoDb;
import org.pvdm.readiness.PvKind;
import org.pvdm.readiness.PvdmMetadata;
import org.pvdm.readiness.ReadinessEngine;
import org.pvdm.testsupport.GuestXml;

/** Each transition of a staged switch: none -> stage 1 -> (proof) -> stage 2, on the XML alone. */
class StagingTest {
    static final String WIN = GuestXml.windows("/var/lib/libvirt/images/win.raw");
    private static final OsinfoDb NO_DB = OsinfoDb.load(Path.of("/nonexistent"));

    private static DriverReadiness judge(Domain d) {
        return new ReadinessEngine(NO_DB).judge(d, Optional.empty());
    }

    @Test
    void stageOneLeavesTheBootDiskAloneAndAddsATemporaryDisk() throws Exception {
        Domain d = Domain.parse(WIN);
        Conversion full = Converter.convert(d, Selection.all());
        assertEquals(Optional.of("hda"), Staging.bootWithoutProof(full, judge(d), false));
        assertEquals(Optional.empty(), Staging.bootWithoutProof(full, judge(d), true), "the admin's word: one step");
        Path image = Staging.tempImage(d, "hda").orElseThrow();
        assertEquals(Path.of("/var/lib/libvirt/images/win-pvdm-stage.qcow2"), image);
        Conversion s1 = Staging.stage1(d, Selection.all(), "hda", image, Optional.of(Path.of("/iso/virtio-win.iso")));
        Domain r = s1.result();
        assertEquals("ide", r.disk("hda").orElseThrow().bus(), "boot disk untouched");
        assertEquals("virtio", r.disk("vda").orElseThrow().bus());
        assertEquals(image.toString(), r.disk("vda").orElseThrow().source());
        assertEquals("cdrom", r.disk("hdb").orElseThrow().device(), "driver ISO as a CD-ROM");
        assertEquals("virtio", r.nics().get(0).model(), "NICs may switch in stage 1");
        assertEquals("vda", new PvdmMetadata(Domain.parse(r.toXml())).stage().orElseThrow().tempDisk());
        assertTrue(s1.changes().stream().noneMatch(c -> c.device().equals("hda")), s1.changes().toString());
    }

    @Test
    void stageTwoNeedsProofThenSwitchesTheBootDiskAndRemovesTheTemporaryDisk() throws Exception {
        Domain d = Domain.parse(WIN);
        Path image = Staging.tempImage(d, "hda").orElseThrow();
        Domain after1 = Domain.parse(Staging.stage1(d, Selection.all(), "hda", image, Optional.empty()).result().toXml());
        assertFalse(judge(after1).ready(PvKind.DISK), "the temporary disk is no proof");
        PvdmMetadata.Stage st = new PvdmMetadata(after1).stage().orElseThrow();
        Conversion s2 = Staging.stage2(after1, Selection.all(), st).orElseThrow();
        Domain r = s2.result();
        assertTrue(r.disks().stream().noneMatch(x -> x.source().equals(image.toString())), "temporary disk gone");
        assertEquals("/var/lib/libvirt/images/win.raw", r.disk("vda").orElseThrow().source(), "boot disk on virtio");
        assertFalse(new PvdmMetadata(Domain.parse(r.toXml())).stage().isPresent(), "stage mark cleared");
        Change removed = s2.changes().stream().filter(c -> c.to().equals("removed")).findFirst().orElseThrow();
        assertEquals("vda", removed.device());
        new PvdmMetadata(after1).confirm(PvKind.DISK, Instant.parse("2026-11-30T04:00:00Z"));
        assertTrue(judge(after1).ready(PvKind.DISK), "a confirmation is proof");
    }

    @Test
    void aStageMarkThatNamesAnotherDiskRemovesNothing() throws Exception {
        Domain d = Domain.parse(WIN);
        PvdmMetadata.Stage forged = new PvdmMetadata.Stage(1, "hda", "/var/lib/libvirt/images/win.raw");
        assertEquals(Optional.empty(), Staging.stage2(d, Selection.all(), forged));
        assertEquals(List.of(), Staging.stage2(d, Selection.all(), new PvdmMetadata.Stage(1, "vdz", "/x"
                + Staging.IMAGE_SUFFIX)).map(Conversion::changes).orElse(List.of()));
    }
}
