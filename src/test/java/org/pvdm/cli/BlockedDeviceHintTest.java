package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.testsupport.GuestXml;
import org.pvdm.testsupport.Needs;

/**
 * A host plan blocked by one device only refuses as a whole (nothing half-done without the admin's choice) and
 * names the command that switches the other devices now, which then goes through.
 */
class BlockedDeviceHintTest {
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

    @Test
    void aBlockedBootDiskNamesTheCommandForTheRest() throws Exception {
        Path node = Files.writeString(tmp.resolve("node.xml"),
                GuestXml.testDriverNode(GuestXml.windows("/var/lib/libvirt/images/win.raw")));
        String uri = "test://" + node;
        CliRun r = CliRun.of("convert", "win", "--yes", "-c", uri);
        assertEquals(ExitCodes.REFUSED, r.exit(), r.out() + r.err());
        String hint = "pvdm convert win --device 52:54:00:01:02:03";
        assertTrue(r.err().contains("boot-driver") && r.err().endsWith("switch them alone with " + hint + "\n"), r.err());
        assertTrue(r.out().contains("the other changes can be made now: " + hint), r.out());
        CliRun ok = CliRun.of("convert", "win", "--device", "52:54:00:01:02:03", "--yes", "-c", uri);
        assertEquals(ExitCodes.OK, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().contains("Switched win"), ok.out());
        assertTrue(!ok.out().contains("the other changes can be made now"), "no hint when nothing is blocked: " + ok.out());
    }
}
