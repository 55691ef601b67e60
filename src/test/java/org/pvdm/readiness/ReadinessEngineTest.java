package org.pvdm.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pvdm.model.domain.Domain;

class ReadinessEngineTest {
    private static final OsinfoDb NONE = OsinfoDb.load(java.nio.file.Path.of("/nonexistent-osinfo"));

    @Test
    void nothingKnownIsUnknownWithEverySourceSaid() throws Exception {
        DriverReadiness r = new ReadinessEngine(NONE).judge(Domain.parse(PvdmMetadataTest.WIN), Optional.empty());
        KindReadiness disk = r.of(PvKind.DISK);
        assertEquals(ReadyVerdict.UNKNOWN, disk.verdict());
        assertTrue(disk.evidence().stream().anyMatch(e -> e.source().equals(Evidence.OSINFO)), disk.evidence().toString());
    }

    @Test
    void theAdminsConfirmationMakesItReady() throws Exception {
        Domain d = Domain.parse(PvdmMetadataTest.WIN);
        new PvdmMetadata(d).confirm(PvKind.DISK, Instant.parse("2026-11-30T03:00:00Z"));
        DriverReadiness r = new ReadinessEngine(NONE).judge(d, Optional.empty());
        assertEquals(ReadyVerdict.READY, r.of(PvKind.DISK).verdict());
        assertTrue(r.of(PvKind.DISK).because().startsWith("admin:"), r.of(PvKind.DISK).because());
        assertEquals(ReadyVerdict.UNKNOWN, r.of(PvKind.NIC).verdict());
    }

    @Test
    void theAgentDecidesOverTheXmlAndAFailedTrialOverAConfirmation() throws Exception {
        Domain d = Domain.parse(PvdmMetadataTest.WIN.replace("bus='ide'", "bus='virtio'").replace("hda", "vda"));
        AgentFacts linux = new AgentFacts("", "debian", "Debian 12", "6.1", List.of(), Set.of("virtio_net"), true);
        DriverReadiness r = new ReadinessEngine(NONE).judge(d, Optional.of(linux));
        assertEquals(ReadyVerdict.READY, r.of(PvKind.DISK).verdict(), "attached virtio disk");
        assertEquals(ReadyVerdict.READY, r.of(PvKind.NIC).verdict(), "virtio_net loaded");
        Domain t = Domain.parse(PvdmMetadataTest.WIN);
        PvdmMetadata m = new PvdmMetadata(t);
        m.confirm(PvKind.DISK, Instant.parse("2026-11-30T03:00:00Z"));
        m.recordTrial(new PvdmMetadata.Trial(PvKind.DISK, false, Instant.parse("2026-11-30T03:10:00Z"), "no disk"));
        assertEquals(ReadyVerdict.NOT_READY, new ReadinessEngine(NONE).judge(t, Optional.empty()).of(PvKind.DISK).verdict());
    }

    @Test
    void theStagesTemporaryDiskIsNoProof() throws Exception {
        Domain d = Domain.parse(PvdmMetadataTest.WIN.replace("</devices>", "<disk type='file' device='disk'>"
                + "<source file='/tmp/t.qcow2'/><target dev='vda' bus='virtio'/></disk></devices>"));
        new PvdmMetadata(d).setStage(new PvdmMetadata.Stage(1, "vda", "/tmp/t.qcow2"));
        assertEquals(ReadyVerdict.UNKNOWN, new ReadinessEngine(NONE).judge(d, Optional.empty()).of(PvKind.DISK).verdict());
    }
}
