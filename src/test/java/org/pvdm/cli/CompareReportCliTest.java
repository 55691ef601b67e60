package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.stats.RecordingStore;
import org.pvdm.testsupport.Needs;

/** {@code pvdm compare A B --report r.html} from two recordings made on the demo host. */
class CompareReportCliTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void needsLibvirt() {
        Needs.libvirt0();
    }

    @BeforeEach
    void dataHome() {
        System.setProperty("pvdm.data.home", tmp.resolve("data").toString());
    }

    @AfterEach
    void clear() {
        System.clearProperty("pvdm.data.home");
    }

    @Test
    void recordingsRememberTheirHostAndTheReportShowsChartsRatiosAndTheNotice() throws Exception {
        Path a = tmp.resolve("a.csv");
        Path b = tmp.resolve("b.csv");
        assertEquals(0, CliRun.of("record", "win2k3-fileserver", "--seconds", "2", "--interval", "0.5", "--out",
                a.toString()).exit());
        assertEquals(0, CliRun.of("record", "rhel7-jenkins", "--seconds", "2", "--interval", "0.5", "--out",
                b.toString()).exit());
        var recording = RecordingStore.load(a);
        assertEquals("demo host", recording.host());
        assertEquals(true, recording.synthetic().orElseThrow(), "the test driver's counters are synthetic");

        Path html = tmp.resolve("r.html");
        CliRun c = CliRun.of("compare", a.toString(), b.toString(), "--report", html.toString());
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains("report written to " + html), c.out());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("id='ratios'") && page.contains("read ops/s"), "the ratio table");
        assertTrue(page.contains("<svg") && page.contains("<polyline"), "charts drawn inline");
        assertTrue(page.contains("id='synthetic'") && page.contains("SYNTHETIC"), "the synthetic notice");
        assertTrue(page.contains("win2k3-fileserver") && page.contains("rhel7-jenkins"));
        assertFalse(page.contains("<script"), "nothing runs");
        assertFalse(page.contains("src=") || page.contains("href=") || page.contains("<link") || page.contains("url("),
                "self-contained: nothing fetched");

        CliRun bad = CliRun.of("compare", a.toString(), b.toString(), "--report", tmp.resolve("r.png").toString());
        assertEquals(ExitCodes.USAGE, bad.exit());
        assertTrue(bad.err().contains("name it FILE.html"), bad.err());
    }
}
