package org.pvdm.ui.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pvdm.stats.Comparison;
import org.pvdm.stats.SeriesKey;

class PairingTest {
    private static final String U = "u1";

    private static List<SeriesKey> disks(String... names) {
        return java.util.Arrays.stream(names).map(n -> SeriesKey.disk(U, n)).toList();
    }

    private static List<String> pairs(Pairing p) {
        return p.pairs().stream().map(x -> x.a().device() + "-" + x.b().device()).toList();
    }

    @Test
    void beforeAndAfterFollowTheRenamesNotThePositions() {
        // ol7-mixed-backup: hda -> vda, hdb -> sdb, sda -> vdc, vdb stays
        Pairing p = Pairing.beforeAfter(disks("hda", "hdb", "sda", "vdb"), disks("sdb", "vda", "vdb", "vdc"),
                Map.of("hda", "vda", "hdb", "sdb", "sda", "vdc"));
        assertEquals(List.of("hda-vda", "hdb-sdb", "sda-vdc", "vdb-vdb"), pairs(p));
        assertEquals(List.of(), p.onlyA());
        assertEquals(List.of(), p.onlyB());
    }

    @Test
    void withoutRenamesOnlyTheSameNameIsPaired() {
        Pairing p = Pairing.beforeAfter(disks("hda", "hdb"), disks("sdb", "vda"), Map.of());
        assertEquals(List.of(), pairs(p), "a position is no evidence that two disks are the same");
        assertEquals(2, p.onlyA().size());
        assertEquals(2, p.onlyB().size());
    }

    @Test
    void aRolledBackSwitchPairsTheOldNameAgain() {
        Pairing p = Pairing.beforeAfter(disks("hda"), disks("hda"), Map.of("hda", "vda"));
        assertEquals(List.of("hda-hda"), pairs(p));
    }

    @Test
    void twoGuestsCompareLikeWithLikeOnly() {
        List<SeriesKey> a = List.of(SeriesKey.disk("a", "hda"), SeriesKey.disk("a", "hdc"), SeriesKey.nic("a", "m1"));
        List<SeriesKey> b = List.of(SeriesKey.disk("b", "sdc"), SeriesKey.disk("b", "vda"), SeriesKey.nic("b", "m2"));
        Map<String, String> classA = Map.of("hda", "disk", "hdc", "cdrom", "m1", "nic");
        Map<String, String> classB = Map.of("sdc", "cdrom", "vda", "disk", "m2", "nic");
        Pairing p = Pairing.likeWithLike(a, b, k -> classA.get(k.device()), k -> classB.get(k.device()));
        List<String> got = p.pairs().stream().map(x -> x.a().device() + "-" + x.b().device()).toList();
        assertEquals(List.of("hda-vda", "hdc-sdc", "m1-m2"), got);
    }

    @Test
    void aCdromIsNotComparedWithADisk() {
        List<SeriesKey> a = List.of(SeriesKey.disk("a", "hdc"));
        List<SeriesKey> b = List.of(SeriesKey.disk("b", "vda"));
        Pairing p = Pairing.likeWithLike(a, b, k -> "cdrom", k -> "disk");
        assertEquals(List.of(), p.pairs());
        assertEquals(a, p.onlyA());
        assertEquals(b, p.onlyB());
        List<Comparison.Pair> none = p.pairs();
        assertEquals(0, none.size());
    }
}
