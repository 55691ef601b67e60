package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.stats.CsvFormat;
import org.pvdm.testsupport.Needs;

/** {@code pvdm record} and {@code pvdm compare} through the real CLI on the demo host (libvirt's test driver). */
class RecordCompareCliTest {
    private static final Pattern SAVED = Pattern.compile("saved (\\S+) \\((.*)\\) to (.+)");

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

    /**
     * The mean of a recording's rates is off by the time-stamp error of its first and last sample over its
     * length (the errors of the ticks between cancel out); a preempted sample on a busy machine can still
     * move one recording by 1 %, so up to three tries; a real error fails every one.
     */
    @Test
    void twoRecordingsOfTheTestDriverCompareAt1x() throws Exception {
        String miss = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            miss = recordTwiceAndCompare(attempt);
            if (miss == null) {
                return;
            }
        }
        fail(miss);
    }

    /** null when every B/A is 1.00x, else the row that is not. */
    private String recordTwiceAndCompare(int attempt) throws Exception {
        CliRun first = CliRun.of("record", "rhel7-jenkins", "--seconds", "3", "--interval", "0.5");
        assertEquals(0, first.exit(), first.err());
        Matcher saved = SAVED.matcher(first.out().strip());
        assertTrue(saved.matches(), first.out());
        assertEquals("1 disk, 1 NIC, 6 ticks", saved.group(2));
        Path inStore = Path.of(saved.group(3));
        assertEquals(tmp.resolve("data/pvdm/recordings"), inStore.getParent(), "default: the XDG data dir");
        assertTrue(Files.readString(inStore).startsWith(CsvFormat.RECORDING_HEADER + "\n"));

        Path second = tmp.resolve("after-" + attempt + ".csv");
        CliRun r = CliRun.of("record", "rhel7-jenkins", "--seconds", "3", "--interval", "0.5", "--out", second.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("to " + second), r.out());

        String name = inStore.getFileName().toString().replace(".csv", "");
        CliRun c = CliRun.of("compare", name, second.toString());
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().startsWith("A: recording " + inStore + ": rhel7-jenkins (1 disk, 1 NIC, 6 ticks)\n"), c.out());
        assertTrue(c.out().contains("vda (A)  vs  vda (B)"), c.out());
        assertTrue(Pattern.compile("\n  vda: [0-9.]+x the read ops/s of vda \\(mean ").matcher(c.out()).find(),
                "a summary line per metric:\n" + c.out());
        for (String metric : List.of("read bytes/s", "write bytes/s", "read ops/s", "received bytes/s", "sent bytes/s")) {
            String row = c.out().lines().filter(l -> l.startsWith("  " + metric + " ")).findFirst().orElseThrow();
            if (!row.endsWith(" 1.00x")) {
                return "try " + attempt + ": B/A of " + metric + ": " + row;
            }
        }
        return null;
    }

    @Test
    void twoGuestsLive() {
        CliRun c = CliRun.of("compare", "win2k3-fileserver", "rhel7-jenkins", "--seconds", "1", "--interval", "0.25");
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains("A: live win2k3-fileserver (2 disks, 1 NIC, 4 ticks)"), c.out());
        assertTrue(c.out().contains("win2k3-fileserver/hda (A)  vs  rhel7-jenkins/vda (B)"), c.out());
        assertTrue(c.out().contains("rhel7-jenkins/CPU: "), "live: CPU compared too\n" + c.out());
        assertTrue(c.out().contains("Not compared (no partner on the other side): disk hdc"), c.out());
    }

    @Test
    void missingRecordingIsExit4() {
        CliRun r = CliRun.of("compare", tmp.resolve("nope.csv").toString(), tmp.resolve("other.csv").toString());
        assertEquals(ExitCodes.NOT_FOUND, r.exit(), r.err());
        assertEquals("pvdm: no recording file " + tmp.resolve("nope.csv"), r.err().strip());
        CliRun neither = CliRun.of("compare", "no-such-thing", "rhel7-jenkins", "--seconds", "1");
        assertEquals(ExitCodes.NOT_FOUND, neither.exit(), neither.err());
        assertTrue(neither.oneLineError() && neither.err().contains("neither a recording"), neither.err());
    }

    @Test
    void malformedRecordingIsExit7NamingFileAndLine() throws Exception {
        Path good = tmp.resolve("good.csv");
        Files.writeString(good, CsvFormat.RECORDING_HEADER + "\n"
                + "2024-05-01T10:00:00.250Z,web,vda,disk,1,2,3,4,,,,,c8fa1365-4025-4f3a-b65a-bae8a9a3039e\n");
        Path badLine = tmp.resolve("bad-line.csv");
        Files.writeString(badLine, CsvFormat.RECORDING_HEADER + "\n"
                + "2024-05-01T10:00:00.250Z,web,vda,disk,1,2,3,4,,,,,c8fa1365-4025-4f3a-b65a-bae8a9a3039e\n"
                + "yesterday,web,vda,disk,1,2,3,4,,,,,c8fa1365-4025-4f3a-b65a-bae8a9a3039e\n");
        Path notOne = tmp.resolve("not-one.csv");
        Files.writeString(notOne, "hello,world\n");
        Path binary = tmp.resolve("binary.csv");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        for (Path bad : List.of(badLine, notOne, binary)) {
            CliRun r = CliRun.of("compare", good.toString(), bad.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.err());
            assertTrue(r.oneLineError() && r.err().contains(bad.toString()), r.err());
        }
        CliRun line = CliRun.of("compare", badLine.toString(), good.toString());
        assertTrue(line.err().contains("line 3: bad time 'yesterday'"), line.err());
    }
}
