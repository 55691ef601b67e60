package org.pvdm.host;

import java.nio.file.Path;
import java.util.Map;

/**
 * The XDG base directories (cache, data, config), with their documented defaults under the home folder. The
 * home folder is {@code $HOME} when set (as every other program reads it: the JVM's {@code user.home} comes
 * from the password database and ignores {@code $HOME}, so {@code sudo -E} or a test's own HOME would be
 * missed), else {@code user.home}. Only absolute paths count: a relative one would depend on the current folder.
 */
public final class XdgDirs {
    private XdgDirs() {}

    public static Path cache() {
        return dir(System.getenv(), "XDG_CACHE_HOME", ".cache");
    }

    /** The data dir; the system property pvdm.data.home overrides it (tests keep their backups apart). */
    public static Path data() {
        String override = System.getProperty("pvdm.data.home");
        return override != null ? Path.of(override) : dir(System.getenv(), "XDG_DATA_HOME", ".local/share");
    }

    public static Path config() {
        return dir(System.getenv(), "XDG_CONFIG_HOME", ".config");
    }

    /** pvdm's own folder under the data dir. */
    public static Path pvdmData() {
        return data().resolve("pvdm");
    }

    /** The user's home folder: $HOME when it is an absolute path, else the JVM's user.home. */
    public static Path home() {
        return home(System.getenv(), System.getProperty("user.home"));
    }

    static Path home(Map<String, String> env, String userHome) {
        String value = env.get("HOME");
        if (absolute(value)) {
            return Path.of(value);
        }
        return Path.of(userHome);
    }

    static Path dir(Map<String, String> env, String variable, String fallback) {
        String value = env.get(variable);
        if (absolute(value)) {
            return Path.of(value);
        }
        return home(env, System.getProperty("user.home")).resolve(fallback);
    }

    private static boolean absolute(String value) {
        if (value == null || value.isBlank() || value.indexOf('\0') >= 0) {
            return false;
        }
        try {
            return Path.of(value).isAbsolute();
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
