package org.pvdm.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void aPasswordIsNeverWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        Settings s = new Settings(file);
        s.putLastConnection("qemu+ssh://root:s3cret@h/system");
        s.putRecent(List.of("ro:qemu+ssh://root:s3cret@h/system", "qemu+tls://admin:pw@h2/system"));
        s.save();
        String text = Files.readString(file);
        assertFalse(text.contains("s3cret") || text.contains(":pw@"), text);
        Settings again = new Settings(file);
        assertEquals("qemu+ssh://root@h/system", again.lastConnection());
        assertEquals(List.of("ro:qemu+ssh://root@h/system", "qemu+tls://admin@h2/system"), again.recent());
    }

    @Test
    void aRememberedUriThatCouldRunAProgramIsIgnored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "connection.last=qemu+ext:///system?command=/tmp/evil\n"
                + "connection.recent.0=ro:qemu+ssh://h/system?netcat=/tmp/nc\n"
                + "connection.recent.1=qemu+ssh://root@good/system\n"
                + "connection.recent.2=test:///etc/passwd\n");
        Settings s = new Settings(file);
        assertNull(s.lastConnection());
        assertEquals(List.of("qemu+ssh://root@good/system"), s.recent());
        s.putRecent(List.of("qemu+ssh://h/system?command=/tmp/evil", "qemu:///system"));
        assertEquals(List.of("qemu:///system"), s.recent(), "nothing that a later read refuses is written");
    }

    @Test
    void aBrokenFileIsNotFatal(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "window.width=\\u12");
        Settings s = new Settings(file);
        assertEquals(5.0, s.getDouble("window.width", 5.0));
    }
}
