package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.bench.NodeFiles;
import org.pvdm.testsupport.Needs;

/** pvdm list --connect U1 --connect U2 ...: every host, a HOST column or host key, a dead host said. */
class ManyHostsCliTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void libvirt() {
        Needs.libvirt0();
    }

    /** A loopback port nobody listens on: connecting is refused at once. */
    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void everyHostsGuestsWithTheirHostAndTheDeadOneSaid() throws Exception {
        String a = "test://" + NodeFiles.write(tmp.resolve("a.xml"), 3, "ha");
        String b = "test://" + NodeFiles.write(tmp.resolve("b.xml"), 2, "hb");
        String dead = "qemu+tcp://127.0.0.1:" + closedPort() + "/system";
        CliRun r = CliRun.of("list", "--json", "-c", a, "--connect", dead, "-c", b);
        assertEquals(ExitCodes.UNREACHABLE, r.exit(), r.err());
        JsonNode rows = Json.MAPPER.readTree(r.out());
        assertEquals(6, rows.size(), r.out());
        assertEquals(a, rows.get(0).get("host").asText());
        assertEquals("ha-00000", rows.get(0).get("name").asText());
        assertEquals(3, rows.get(0).get("convertible").asInt());
        assertEquals(dead, rows.get(3).get("host").asText());
        assertTrue(rows.get(3).has("error") && !rows.get(3).has("name"), r.out());
        assertEquals(b, rows.get(5).get("host").asText());
        assertEquals("hb-00001", rows.get(5).get("name").asText());
        assertTrue(r.oneLineError() && r.err().contains(dead), r.err());
    }

    @Test
    void theTableHasAHostColumn() throws Exception {
        String a = "test://" + NodeFiles.write(tmp.resolve("a.xml"), 1, "ta");
        String b = "test://" + NodeFiles.write(tmp.resolve("b.xml"), 1, "tb");
        CliRun r = CliRun.of("list", "-c", a, "-c", b);
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("HOST ") && lines[0].contains(" NAME "), r.out());
        assertTrue(lines[1].startsWith(a) && lines[1].contains("ta-00000"), r.out());
        assertTrue(lines[2].startsWith(b) && lines[2].contains("tb-00000"), r.out());
    }

    @Test
    void oneHostKeepsTheSingleHostOutput() {
        CliRun r = CliRun.of("list", "-c", "test:///default");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("NAME "), r.out());
    }
}
