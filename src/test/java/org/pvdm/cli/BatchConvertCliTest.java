package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.bench.NodeFiles;
import org.pvdm.testsupport.Needs;

/** pvdm convert with several guests or --all: one plan, one confirmation, each guest its own backup. */
class BatchConvertCliTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void setUp() {
        Needs.libvirt0();
        System.setProperty("pvdm.data.home", tmp.resolve("data").toString());
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("pvdm.data.home");
    }

    private long backups() throws Exception {
        Path root = tmp.resolve("data");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".xml")).count();
        }
    }

    @Test
    void allConvertsEveryGuestWithOneBackupEach() throws Exception {
        Path node = NodeFiles.write(tmp.resolve("node.xml"), 12, "all", NodeFiles.Mix.EMULATED_OFF);
        CliRun r = CliRun.of("convert", "--all", "--yes", "-c", "test://" + node);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Switched 12 of 12 guest(s) planned."), r.out());
        assertTrue(r.out().contains("all-00011 (" + NodeFiles.uuid(11) + "): hda ide hda -> virtio vda"), r.out());
        assertEquals(12, backups());
    }

    @Test
    void aRefusedGuestStopsNothingElseAndTheExitCodeSaysSo() throws Exception {
        Path node = NodeFiles.write(tmp.resolve("node.xml"), 10, "mx");
        CliRun r = CliRun.of("convert", "--all", "--yes", "-c", "test://" + node);
        // shut off with something to switch: mx-00002 (SATA + rtl8139), mx-00005 (IDE + e1000), mx-00008 (SCSI)
        assertEquals(ExitCodes.REFUSED, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Switched 3 of 3 guest(s) planned."), r.out());
        assertTrue(r.out().matches("(?s).*mx-00000 +refused .*"), r.out()); // running: needs --shutdown
        assertTrue(r.out().matches("(?s).*mx-00001 +left alone .*nothing to switch.*"), r.out());
        assertEquals(3, backups());
    }

    @Test
    void onlyNicsLeavesTheDisksAlone() throws Exception {
        Path node = NodeFiles.write(tmp.resolve("node.xml"), 2, "on", NodeFiles.Mix.EMULATED_OFF);
        CliRun r = CliRun.of("convert", "on-00000", "on-00001", "--only", "nics", "--yes", "-c", "test://" + node);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("on-00000 (" + NodeFiles.uuid(0) + "): "), r.out());
        assertTrue(!r.out().contains("hda ide"), r.out());
        assertEquals(2, backups());
    }

    @Test
    void anUnknownGuestChangesNothing() throws Exception {
        Path node = NodeFiles.write(tmp.resolve("node.xml"), 2, "uk", NodeFiles.Mix.EMULATED_OFF);
        CliRun r = CliRun.of("convert", "uk-00000", "nosuch", "--yes", "-c", "test://" + node);
        assertEquals(ExitCodes.NOT_FOUND, r.exit(), r.out() + r.err());
        assertTrue(r.oneLineError() && r.err().contains("nosuch"), r.err());
        assertEquals(0, backups());
    }

    @Test
    void namesAndAllTogetherOrNeitherIsAUsageError() {
        assertEquals(ExitCodes.USAGE, CliRun.of("convert", "--all", "x", "-c", "test:///default").exit());
        CliRun none = CliRun.of("convert", "-c", "test:///default");
        assertEquals(ExitCodes.USAGE, none.exit());
        assertTrue(none.oneLineError() && none.err().contains("--all"), none.err());
    }
}
