package org.pvdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pvdm.testsupport.Needs;

/**
 * The logging set-up of a real process: Main names slf4j-simple as the provider (no service scan at start), and
 * that choice is neither lost (-v still logs) nor reported on stderr, which holds only what pvdm says.
 */
class MainLoggingTest {

    @Test
    void stderrHoldsOnlyPvdmsOwnLinesAndVerboseStillLogs() throws Exception {
        Needs.libvirt0();
        Run quiet = run("list", "--connect", "test:///default");
        assertEquals(0, quiet.exit, quiet.err);
        assertFalse(quiet.err.contains("SLF4J"), quiet.err);
        for (String line : quiet.err.split("\n")) {
            assertTrue(line.isBlank() || line.startsWith("note: "), "unexpected stderr line: " + line);
        }
        Run verbose = run("-v", "list", "--connect", "test:///default");
        assertEquals(0, verbose.exit, verbose.err);
        assertTrue(verbose.err.contains("[DEBUG]"), verbose.err);
        assertFalse(verbose.err.contains("SLF4J"), verbose.err);
    }

    private record Run(int exit, String err) {}

    private static Run run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpvdm.nogui=true", "-cp", System.getProperty("java.class.path"), "org.pvdm.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), err);
    }
}
