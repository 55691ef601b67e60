package org.pvdm.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.Host;

class LabGuestsTest {
    @TempDir
    Path tmp;

    private static final LabPaths PATHS = new LabPaths(Path.of("/tmp/lab"), Path.of("/tmp/lab"), Path.of("/tmp/lab"));

    @Test
    void findsOnlyMarkedGuests() throws Exception {
        try (Host host = LabTestHosts.open(tmp)) {
            host.define(LabXml.twin(LabTwin.EMULATED, "qemu", PATHS));
            host.define(LabXml.twin(LabTwin.PV, "qemu", PATHS));
            List<LabGuests.Found> lab = LabGuests.find(host);
            assertEquals(List.of("pvdm-lab-emulated", "pvdm-lab-pv"), lab.stream().map(f -> f.guest().name()).toList());
            assertEquals("emulated", lab.get(0).role());
            assertTrue(LabGuests.named(host, lab, "pvdm-lab-emulated").isPresent());
            assertTrue(LabGuests.named(host, lab, "pvdm-lab-novirtio").isEmpty());
        }
    }

    @Test
    void aGuestOfTheSameNameTheLabDidNotMakeIsAConflict() throws Exception {
        try (Host host = LabTestHosts.open(tmp)) {
            String foreign = LabXml.twin(LabTwin.PV, "qemu", PATHS).replaceAll("(?s)<metadata>.*</metadata>", "");
            host.define(foreign);
            List<LabGuests.Found> lab = LabGuests.find(host);
            assertTrue(lab.isEmpty());
            LabException e = assertThrows(LabException.class, () -> LabGuests.named(host, lab, "pvdm-lab-pv"));
            assertEquals(LabException.Kind.CONFLICT, e.kind());
            assertTrue(e.getMessage().contains("the lab did not make it"), e.getMessage());
        }
    }
}
