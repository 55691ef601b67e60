package org.pvdm.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRenamesTest {
    @TempDir
    Path dir;

    @Test
    void renamesAreKeptWithTheBackupAndComposedOverSwitches() throws Exception {
        BackupStore store = new BackupStore(dir);
        Backup first = store.save("test:///x", "u1", "<domain/>", "one");
        Map<String, String> one = new LinkedHashMap<>();
        one.put("hda", "sda");
        one.put("hdb", "sdb");
        store.saveRenames(first, one);
        Thread.sleep(5); // backup ids are millisecond time stamps
        Backup second = store.save("test:///x", "u1", "<domain/>", "two");
        store.saveRenames(second, Map.of("sda", "vda"));
        assertEquals(Map.of("hda", "vda", "hdb", "sdb"), store.renames("test:///x", "u1"));
        assertEquals(Map.of(), store.renames("test:///x", "other"));
    }

    @Test
    void oneSwitchsRenamesHappenAtOnce() {
        Map<String, String> next = new LinkedHashMap<>();
        next.put("hdb", "sdb");
        next.put("sdb", "vdb");
        assertEquals(Map.of("hdb", "sdb", "sdb", "vdb"), BackupStore.compose(Map.of(), next));
        assertEquals(Map.of("hda", "vdb"), BackupStore.compose(Map.of("hda", "sdb"), Map.of("sdb", "vdb")),
                "a later switch moves the renamed disk on");
    }

    @Test
    void aTamperedRenamesFileIsIgnoredLineByLine() throws Exception {
        BackupStore store = new BackupStore(dir);
        Backup b = store.save("test:///x", "u1", "<domain/>", "one");
        Files.writeString(b.file().resolveSibling(b.id() + ".renames"), "hda vda\n../../etc passwd\nx\nhdb sdb extra\n");
        assertEquals(Map.of("hda", "vda"), store.renames("test:///x", "u1"));
    }
}
