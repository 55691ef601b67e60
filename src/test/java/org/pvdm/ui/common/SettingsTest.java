package org.pvdm.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void remembersWindowAndConnections(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pvdm/settings.properties");
        Settings s = new Settings(file);
        assertNull(s.lastConnection());
        s.putDouble("window.width", 1111);
        s.putLastConnection("qemu:///system");
        s.putRecent(List.of("qemu:///system", "ro:qemu+ssh://h/system"));
        s.save();
        Settings again = new Settings(file);
        assertEquals(1111, again.getDouble("window.width", 0));
        assertEquals("qemu:///system", again.lastConnection());
        assertEquals(List.of("qemu:///system", "ro:qemu+ssh://h/system"), again.recent());
        again.putRecent(List.of());
        assertEquals(List.of(), again.recent());
    }

    @Test
    void aBrokenFileIsNotFatal(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "window.width=\\u12");
        Settings s = new Settings(file);
        assertEquals(5.0, s.getDouble("window.width", 5.0));
    }
}
