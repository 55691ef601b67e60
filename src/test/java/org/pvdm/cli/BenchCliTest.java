package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.bench.NodeFiles;
import org.pvdm.testsupport.Needs;

/** pvdm bench: every figure the issue names, measured (not hard-coded); its node files for virsh. */
class BenchCliTest {

    @Test
    void jsonHasEveryFigureAndTheyAreMeasured() throws Exception {
        Needs.libvirt0();
        CliRun r = CliRun.of("bench", "--guests", "12", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertEquals(12, j.get("guests").asInt());
        int running = 0;
        for (int i = 0; i < 12; i++) {
            running += NodeFiles.shutOff(i) ? 0 : 1;
        }
        assertEquals(running, j.get("running").asInt());
        for (String key : new String[] {"inventory_ms", "stats_tick_ms", "plan_ms", "apply_ms", "batch100_ms", "heap_mb"}) {
            assertTrue(j.get(key).asDouble() > 0, key + " in " + r.out());
        }
        assertTrue(j.get("stats_ticks").asInt() >= 10, r.out());
    }

    @Test
    void writeNodeWritesANewFileAndNeverOverwrites(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("n.xml");
        CliRun r = CliRun.of("bench", "--guests", "7", "--write-node", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("test://" + f.toAbsolutePath(), r.out().strip());
        assertEquals(NodeFiles.xml(7, "bench"), Files.readString(f));
        CliRun again = CliRun.of("bench", "--guests", "7", "--write-node", f.toString());
        assertEquals(ExitCodes.IO, again.exit());
        assertTrue(again.err().lines().anyMatch(l -> l.startsWith("pvdm: will not overwrite ")), again.err());
        assertTrue(!again.err().contains("\tat "), again.err());
    }

    @Test
    void aGuestCountOutOfRangeIsAUsageError() {
        CliRun r = CliRun.of("bench", "--guests", "0");
        assertEquals(ExitCodes.USAGE, r.exit());
        // other lines may precede it (a notice about an unfinished switch on this machine's libvirtd)
        assertTrue(r.err().lines().anyMatch(l -> l.equals("pvdm: --guests takes 1 to 20000, not 0")), r.err());
        assertTrue(!r.err().contains("\tat ") && !r.err().contains("Exception"), r.err());
    }
}
