package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.testsupport.Needs;

/**
 * A plan file is untrusted input: its URI may not run a program, and every field is checked before any host is
 * contacted. Each case edits a real plan of the demo host and runs the real CLI.
 */
class HostilePlanTest {
    private static final String GUEST = "sles15sp4-nfs";

    @TempDir
    Path tmp;

    private ObjectNode plan;

    @BeforeAll
    static void needsLibvirt() {
        Needs.libvirt0();
        assumeTrue(System.getenv("LIBVIRT_DEFAULT_URI") == null,
                "skipped: LIBVIRT_DEFAULT_URI is set, so pvdm apply would use it instead of the plan's URI");
    }

    @BeforeEach
    void realPlan() throws Exception {
        CliRun r = CliRun.of("plan", GUEST, "--json");
        assertEquals(0, r.exit(), r.err());
        plan = (ObjectNode) Json.MAPPER.readTree(r.out());
        assertFalse(plan.get("changes").isEmpty(), "the demo guest has something to switch: " + r.out());
    }

    private CliRun apply(Consumer<ObjectNode> edit, String... more) throws Exception {
        ObjectNode copy = plan.deepCopy();
        edit.accept(copy);
        Path file = tmp.resolve("plan.json");
        Files.writeString(file, Json.write(copy));
        String[] args = new String[2 + more.length];
        args[0] = "apply";
        args[1] = file.toString();
        System.arraycopy(more, 0, args, 2, more.length);
        return CliRun.of(args);
    }

    @Test
    void aUriThatNamesAProgramRunsNothingAndExits7() throws Exception {
        Path marker = tmp.resolve("marker");
        Path script = tmp.resolve("evil.sh");
        Files.writeString(script, "#!/bin/sh\ntouch " + marker + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        for (String uri : new String[] {"qemu+ext:///system?command=" + script,
            "qemu+ssh://root@127.0.0.1/system?command=" + script,
            "qemu+ssh://root@127.0.0.1/system?netcat=" + script,
            "qemu+libssh2://root@127.0.0.1/system?keyfile=/etc/shadow&known_hosts=/etc/passwd",
            "qemu+unix:///system?socket=/tmp/x", "test:///etc/passwd"}) {
            CliRun r = apply(p -> p.put("uri", uri), "--yes");
            assertEquals(7, r.exit(), uri + ": " + r.err());
            assertTrue(r.err().contains("its uri cannot be used") && r.err().contains("nothing was run"), r.err());
            assertTrue(r.oneLineError(), r.err());
            assertFalse(Files.exists(marker), uri + " ran the program it names");
        }
        // the program is real: run through the shell it does create the marker, so the test can fail
        new ProcessBuilder(script.toString()).start().waitFor();
        assertTrue(Files.exists(marker));
    }

    @Test
    void theUntouchedPlanPassesEveryCheck() throws Exception {
        String before = System.getProperty("pvdm.data.home");
        System.setProperty("pvdm.data.home", tmp.resolve("data").toString());
        try {
            CliRun r = apply(p -> { }, "--yes");
            assertEquals(0, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("Switched " + GUEST), r.out());
        } finally {
            if (before == null) {
                System.clearProperty("pvdm.data.home");
            } else {
                System.setProperty("pvdm.data.home", before);
            }
        }
    }

    @Test
    void aConnectOtherThanThePlansHostIsRefused() throws Exception {
        CliRun r = apply(p -> p.put("uri", "qemu+ext:///system?command=/bin/true"), "--connect", "test:///default",
                "--yes");
        assertEquals(7, r.exit(), r.err());
        assertTrue(r.err().contains("the plan was made on") && r.oneLineError(), r.err());
    }

    @Test
    void aGuestNameThatIsNotTheUuidsGuestIsRefused() throws Exception {
        CliRun r = apply(p -> p.put("guest", "debian12-gitlab"), "--yes");
        assertEquals(7, r.exit(), r.err());
        assertTrue(r.err().contains("names guest 'debian12-gitlab' but its uuid is the guest '" + GUEST + "'"), r.err());
    }

    @Test
    void changesThatTheSelectionDoesNotMakeAreRefused() throws Exception {
        CliRun r = apply(p -> ((ObjectNode) p.get("changes").get(0)).put("to", "ide hdz"), "--yes");
        assertEquals(7, r.exit(), r.err());
        assertTrue(r.err().contains("its changes are not the ones its selection makes"), r.err());
        CliRun d = apply(p -> p.put("diff", p.get("diff").asText() + "+<evil/>\n"), "--yes");
        assertEquals(7, d.exit(), d.err());
        assertTrue(d.err().contains("its diff is not the one"), d.err());
    }

    @Test
    void malformedFieldsAreOneLineAndExit7() throws Exception {
        java.util.Map<String, Consumer<ObjectNode>> cases = new java.util.LinkedHashMap<>();
        cases.put("unknown selection", p -> ((ArrayNode) p.get("selection")).add("--bogus"));
        cases.put("selection not words", p -> ((ArrayNode) p.get("selection")).add(42));
        cases.put("no uuid", p -> p.remove("uuid"));
        cases.put("uuid not a uuid", p -> p.put("uuid", "../../etc"));
        cases.put("base not a hash", p -> p.put("base", "sha256:xyz"));
        cases.put("unknown field", p -> p.put("command", "/bin/sh"));
        cases.put("changes not a list", p -> p.put("changes", "all"));
        cases.put("change missing a field", p -> ((ObjectNode) p.get("changes").get(0)).remove("to"));
        cases.put("changes without diff", p -> p.put("diff", ""));
        cases.put("bad verdict", p -> ((ObjectNode) p.get("checks").get(0)).put("verdict", "fine"));
        cases.put("blocked contradicts checks", p -> p.put("blocked", !p.get("blocked").asBoolean()));
        cases.put("empty guest", p -> p.put("guest", ""));
        for (var c : cases.entrySet()) {
            CliRun r = apply(c.getValue(), "--yes");
            assertEquals(7, r.exit(), c.getKey() + ": " + r.err());
            assertTrue(r.oneLineError() && r.err().contains("not a plan pvdm can apply"), c.getKey() + ": " + r.err());
        }
    }

    @Test
    void notJsonTooLargeOrNotUtf8IsRefused() throws Exception {
        Path file = tmp.resolve("x.json");
        Files.write(file, new byte[] {'{', (byte) 0xff, '}'});
        CliRun utf = CliRun.of("apply", file.toString());
        assertEquals(7, utf.exit(), utf.err());
        assertTrue(utf.err().contains("not UTF-8"), utf.err());
        Files.writeString(file, "[1] [2]");
        assertEquals(7, CliRun.of("apply", file.toString()).exit());
        Files.writeString(file, "[".repeat(10_000), StandardCharsets.UTF_8);
        CliRun deep = CliRun.of("apply", file.toString());
        assertEquals(7, deep.exit(), deep.err());
        assertTrue(deep.oneLineError(), deep.err());
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), PlanFile.MAX_BYTES + 10L);
        }
        CliRun big = CliRun.of("apply", file.toString());
        assertEquals(7, big.exit(), big.err());
        assertTrue(big.err().contains("larger than"), big.err());
        CliRun dir = CliRun.of("apply", tmp.toString());
        assertEquals(7, dir.exit(), dir.err());
    }
}
