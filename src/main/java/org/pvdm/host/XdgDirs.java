package org.pvdm.host;

import java.nio.file.Path;

/** The XDG base directories (cache, data, config), with their documented defaults. */
public final class XdgDirs {
    private XdgDirs() {}

    public static Path cache() {
        return dir("XDG_CACHE_HOME", ".cache");
    }

    /** The data dir; the system property pvdm.data.home overrides it (tests keep their backups apart). */
    public static Path data() {
        String override = System.getProperty("pvdm.data.home");
        return override != null ? Path.of(override) : dir("XDG_DATA_HOME", ".local/share");
    }

    public static Path config() {
        return dir("XDG_CONFIG_HOME", ".config");
    }

    /** pvdm's own folder under the data dir. */
    public static Path pvdmData() {
        return data().resolve("pvdm");
    }

    private static Path dir(String env, String fallback) {
        String value = System.getenv(env);
        if (value != null && !value.isBlank() && Path.of(value).isAbsolute()) {
            return Path.of(value);
        }
        return Path.of(System.getProperty("user.home"), fallback);
    }
}
