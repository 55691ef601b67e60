package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pvdm.testsupport.Needs;

/** The real CLI against the demo host on libvirt's real test driver. */
class DemoHostCliTest {

    @BeforeAll
    static void needsLibvirt() {
        Needs.libvirt0();
    }

    /** guest -> "kind name" -> "status convertible", from docs' machine-readable twin. */
    static Map<String, Map<String, String>> expected() throws IOException {
        Map<String, Map<String, String>> out = new TreeMap<>();
        try (InputStream in = DemoHostCliTest.class.getResourceAsStream("/org/pvdm/demo/expected.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t");
                if (f.length == 5) {
                    out.computeIfAbsent(f[0], k -> new TreeMap<>()).put(f[1] + " " + f[2], f[3] + " " + f[4]);
                }
            }
        }
        return out;
    }

    @Test
    void listShowsEveryDemoGuestWithItsCounts() throws Exception {
        CliRun r = CliRun.of("list", "--json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("changes last only while pvdm runs"), "the demo host says so: " + r.err());
        JsonNode rows = Json.MAPPER.readTree(r.out());
        Map<String, Map<String, String>> expected = expected();
        Set<String> names = new HashSet<>();
        int withEmulated = 0;
        for (JsonNode row : rows) {
            for (String key : List.of("name", "uuid", "state", "hypervisor", "emulated", "convertible")) {
                assertTrue(row.has(key), "key " + key + " in " + row);
            }
            String name = row.get("name").asText();
            names.add(name);
            Map<String, String> devices = expected.getOrDefault(name, Map.of());
            long emulated = devices.entrySet().stream()
                    .filter(e -> !e.getKey().startsWith("controller") && e.getValue().startsWith("emulated")).count();
            long convertible = devices.entrySet().stream()
                    .filter(e -> !e.getKey().startsWith("controller") && e.getValue().equals("emulated true")).count();
            assertEquals(emulated, row.get("emulated").asLong(), name + " emulated");
            assertEquals(convertible, row.get("convertible").asLong(), name + " convertible");
            withEmulated += emulated > 0 ? 1 : 0;
        }
        assertEquals(expected.keySet(), new HashSet<>(names) {{ retainAll(expected.keySet()); }});
        assertTrue(rows.size() >= 12, "at least 12 demo guests");
        assertTrue(withEmulated >= 5, "at least 5 guests with emulated devices");
    }

    @Test
    void inspectClassifiesEveryDeviceAsTheDemoFileIntends() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> guest : expected().entrySet()) {
            CliRun r = CliRun.of("inspect", guest.getKey(), "--json");
            assertEquals(0, r.exit(), r.err());
            JsonNode g = Json.MAPPER.readTree(r.out());
            for (String key : List.of("name", "uuid", "state", "hypervisor", "os", "devices")) {
                assertTrue(g.has(key), "key " + key);
            }
            Map<String, String> actual = new HashMap<>();
            for (JsonNode d : g.get("devices")) {
                actual.put(d.get("kind").asText() + " " + d.get("name").asText(),
                        d.get("status").asText() + " " + d.get("convertible").asText());
                assertTrue(d.has("bus") || d.has("model"));
                assertTrue(!d.get("reason").asText().isBlank());
            }
            if (!new TreeMap<>(actual).equals(guest.getValue())) {
                mismatches.add(guest.getKey() + ": expected " + guest.getValue() + " got " + new TreeMap<>(actual));
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void unknownGuestIsExit4WithOneLine() {
        CliRun r = CliRun.of("inspect", "no-such-guest");
        assertEquals(ExitCodes.NOT_FOUND, r.exit(), r.err());
        assertTrue(r.err().contains("no-such-guest"), r.err());
        assertTrue(r.oneLineError(), r.err());
    }

    @Test
    void unknownDriverIsExit5WithOneLine() {
        CliRun r = CliRun.of("list", "--connect", "foo:///bar");
        assertEquals(ExitCodes.UNREACHABLE, r.exit(), r.err());
        assertTrue(r.err().contains("foo:///bar"), r.err());
        assertTrue(r.oneLineError(), r.err());
    }

    @Test
    void unreachableHostAnswersWithExit5() {
        CliRun r = CliRun.of("list", "--connect", "qemu+tcp://127.0.0.1:1/system");
        assertEquals(ExitCodes.UNREACHABLE, r.exit(), r.err());
        assertTrue(r.err().contains("127.0.0.1"), r.err());
        assertTrue(r.oneLineError(), r.err());
    }

    @Test
    void connectBeforeTheCommandServesIt() {
        CliRun r = CliRun.of("--connect", "test:///default", "list");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("test ")), "the default test driver's guest: " + r.out());
        CliRun next = CliRun.of("list");
        assertTrue(!next.out().lines().anyMatch(l -> l.startsWith("test ")), "the next run starts afresh");
    }

    @Test
    void missingNodeFileIsExit5() {
        CliRun r = CliRun.of("list", "--connect", "test:///nonexistent/node.xml");
        assertEquals(ExitCodes.UNREACHABLE, r.exit(), r.err());
        assertTrue(r.oneLineError(), r.err());
    }
}
