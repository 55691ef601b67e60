package org.pvdm.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabStateTest {
    @TempDir
    Path tmp;

    @Test
    void roundTripsAndListsEachFileOnce() throws Exception {
        Path file = tmp.resolve("lab-state.json");
        LabState s = LabState.empty("qemu:///system").withBridgeCreated()
                .withAccelerator(Accelerator.tcg("no /dev/kvm"))
                .withFile(tmp.resolve("pv.raw")).withFile(tmp.resolve("pv.raw")).withFile(tmp.resolve("pv.log"));
        s.save(file);
        LabState back = LabState.load(file, "qemu:///system");
        assertEquals(s, back);
        assertEquals(List.of(tmp.resolve("pv.raw").toString(), tmp.resolve("pv.log").toString()), back.files());
        assertTrue(back.bridgeCreated());
    }

    @Test
    void noStateClaimsNothing() throws Exception {
        LabPaths paths = new LabPaths(tmp, tmp, tmp);
        Files.createFile(paths.image(LabTwin.PV));
        LabState s = LabState.load(paths.stateFile(), "qemu:///system");
        assertFalse(s.bridgeCreated());
        assertTrue(LabDown.files(s, paths).isEmpty(), "a file the state does not list is not the lab's to delete");
    }

    @Test
    void theFileNeverChoosesTheHostNorAFileOutsideTheLab() throws Exception {
        LabPaths paths = new LabPaths(tmp.resolve("lab"), tmp.resolve("log"), tmp.resolve("qlog"));
        Files.createDirectories(paths.dir());
        Path victim = tmp.resolve("victim");
        Files.writeString(victim, "keep me");
        Files.writeString(paths.stateFile(), "{\"version\":1,\"uri\":\"qemu+ext:///system?command=/tmp/evil\","
                + "\"bridgeCreated\":false,\"files\":[\"" + victim + "\",\"" + paths.dir().resolve("../victim")
                + "\",\"relative.raw\",\"" + paths.image(LabTwin.PV) + "\"]}");
        LabState s = LabState.load(paths.stateFile(), "qemu:///session");
        assertEquals("qemu:///session", s.uri(), "the host is the one pvdm was given, not the file's");
        assertEquals(List.of(paths.image(LabTwin.PV)), LabDown.files(s, paths));
    }
}
