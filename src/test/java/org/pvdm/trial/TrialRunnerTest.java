package org.pvdm.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.readiness.PvKind;
import org.pvdm.watch.WatchResult;

class TrialRunnerTest {
    @TempDir
    Path dir;

    @Test
    void aDiskOutcomeSpeaksForStorageOnlyACrashForEverything() {
        Set<PvKind> both = EnumSet.of(PvKind.DISK, PvKind.NIC);
        assertEquals(EnumSet.of(PvKind.DISK), TrialRunner.provenBy(both, new WatchResult(false, 90,
                "no I/O on vda in 90 s beyond the firmware's (1 request(s))", List.of())));
        assertEquals(EnumSet.of(PvKind.DISK), TrialRunner.provenBy(both, new WatchResult(true, 90, "", List.of())));
        assertEquals(both, TrialRunner.provenBy(both, new WatchResult(false, 9, "the guest crashed after 9 s", List.of())));
    }

    @Test
    void theConsoleTailLeadsWithWhatWentWrong() throws Exception {
        StringBuilder sb = new StringBuilder("pvdm-lab: init start\n");
        sb.append("pvdm-lab: no data disk found (looked for /dev/vda): no virtio_blk driver\n");
        for (int i = 0; i < 20; i++) {
            sb.append("pvdm-lab: t=").append(i).append("s eth0 rx_bytes=0\n");
        }
        Path log = Files.writeString(dir.resolve("c.log"), sb.toString());
        List<String> tail = TrialRunner.tail(log);
        assertTrue(tail.get(0).contains("no data disk found"), tail.toString());
        assertEquals("pvdm-lab: t=19s eth0 rx_bytes=0", tail.get(tail.size() - 1));
        Path link = dir.resolve("link.log");
        Files.createSymbolicLink(link, log);
        assertEquals(List.of(), TrialRunner.tail(link), "a symlink is not followed");
    }
}
