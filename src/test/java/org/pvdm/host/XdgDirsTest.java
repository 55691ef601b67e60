package org.pvdm.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XdgDirsTest {

    @Test
    void homeComesFromTheEnvironmentBeforeTheJvmsGuess() {
        assertEquals(Path.of("/srv/alice"), XdgDirs.home(Map.of("HOME", "/srv/alice"), "/root"));
        assertEquals(Path.of("/root"), XdgDirs.home(Map.of(), "/root"));
        assertEquals(Path.of("/root"), XdgDirs.home(Map.of("HOME", "relative/home"), "/root"));
        assertEquals(Path.of("/root"), XdgDirs.home(Map.of("HOME", " "), "/root"));
    }

    @Test
    void xdgVariablesWinWhenAbsoluteElseHomesDefaults() {
        assertEquals(Path.of("/data"), XdgDirs.dir(Map.of("XDG_DATA_HOME", "/data", "HOME", "/h"), "XDG_DATA_HOME",
                ".local/share"));
        assertEquals(Path.of("/h/.local/share"), XdgDirs.dir(Map.of("XDG_DATA_HOME", "rel", "HOME", "/h"),
                "XDG_DATA_HOME", ".local/share"));
        assertEquals(Path.of("/h/.config"), XdgDirs.dir(Map.of("HOME", "/h"), "XDG_CONFIG_HOME", ".config"));
    }

    @Test
    void theRunningProcessUsesItsOwnHome() {
        String home = System.getenv("HOME");
        org.junit.jupiter.api.Assumptions.assumeTrue(home != null && Path.of(home).isAbsolute()
                && System.getenv("XDG_CONFIG_HOME") == null, "skipped: no absolute $HOME, or XDG_CONFIG_HOME is set");
        assertEquals(Path.of(home), XdgDirs.home());
        assertEquals(Path.of(home, ".config"), XdgDirs.config());
    }
}
