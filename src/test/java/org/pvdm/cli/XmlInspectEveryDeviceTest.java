package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** xml inspect lists every interface, host-side ones included, in text and JSON. */
class XmlInspectEveryDeviceTest {

    @Test
    void hostSideNicsAreListedAsSuchNeverAsParavirtual() throws Exception {
        Path file = Path.of(getClass().getResource("/org/pvdm/model/classify/golden/kvm-lun-and-host-side.xml").toURI());
        CliRun json = CliRun.of("xml", "inspect", "--json", file.toString());
        assertEquals(0, json.exit(), json.err());
        Map<String, String> status = new HashMap<>();
        for (JsonNode d : Json.MAPPER.readTree(json.out()).get(0).get("devices")) {
            status.put(d.get("name").asText(), d.get("kind").asText() + " " + d.get("status").asText() + " "
                    + d.get("convertible").asBoolean());
        }
        assertEquals("nic host-side false", status.get("52:54:00:ab:00:02"), "vDPA: " + status);
        assertEquals("nic host-side false", status.get("52:54:00:ab:00:03"), "hostdev: " + status);
        CliRun text = CliRun.of("xml", "inspect", file.toString());
        String vdpa = text.out().lines().filter(l -> l.contains("52:54:00:ab:00:02")).findFirst().orElseThrow();
        assertTrue(vdpa.contains("host-side"), vdpa);
        assertFalse(vdpa.contains("paravirtual"), vdpa);
    }
}
