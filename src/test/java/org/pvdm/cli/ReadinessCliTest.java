package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.pvdm.testsupport.Needs;

/** Readiness in inspect --json, and pvdm try's refusals, on the demo host. */
class ReadinessCliTest {
    @Test
    void inspectJsonHasAVerdictAndEvidencePerKind() throws Exception {
        Needs.libvirt0();
        CliRun r = CliRun.of("inspect", "rhel6-oracle11g", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode readiness = Json.MAPPER.readTree(r.out()).get("readiness");
        for (String kind : new String[] {"disk", "nic", "scsi"}) {
            JsonNode k = readiness.get(kind);
            assertTrue(k.get("verdict").asText().matches("ready|not-ready|unknown"), k.toString());
            assertTrue(k.get("evidence").isArray() && k.get("evidence").size() > 0, k.toString());
        }
        assertTrue(readiness.get("disk").get("evidence").toString().contains("test driver"),
                "the agent not asked is said: " + readiness);
    }

    @Test
    void tryRefusesARunningGuestAndAHostWithoutLocalImages() {
        Needs.libvirt0();
        CliRun running = CliRun.of("try", "rhel6-oracle11g");
        assertEquals(ExitCodes.CONFLICT, running.exit(), running.err());
        assertTrue(running.err().contains("disks are in use"), running.err());
        assertEquals(1, running.err().strip().lines().count(), "one line: " + running.err());
        CliRun demo = CliRun.of("try", "centos5-legacy-pbx");
        assertEquals(ExitCodes.REFUSED, demo.exit(), demo.err());
        assertTrue(demo.err().contains("this machine's own QEMU"), demo.err());
        assertFalse(demo.err().contains("Exception"), demo.err());
    }
}
