package org.pvdm.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.pvdm.host.XdgDirs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the GUI remembers between runs, in {@code $XDG_CONFIG_HOME/pvdm/settings.properties}: window size,
 * the last and the recent connections, the statistics interval. Never a password. Read and written on the FX
 * thread: the file is tiny and local.
 */
public final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    public static final int MAX_RECENT = 8;

    private final Path file;
    private final Properties props = new Properties();

    public Settings(Path file) {
        this.file = file;
        load();
    }

    /** The settings file of this user. */
    public static Settings forUser() {
        return new Settings(XdgDirs.config().resolve("pvdm").resolve("settings.properties"));
    }

    public Path file() {
        return file;
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("cannot read {} (starting with defaults): {}", file, e.getMessage());
        }
    }

    /** Writes the file atomically; a failure is logged, never fatal. */
    public void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                props.store(w, "pvdm GUI settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot save the settings to {}: {}", file, e.getMessage());
        }
    }

    public String get(String key, String fallback) {
        return props.getProperty(key, fallback);
    }

    public void put(String key, String value) {
        if (value == null) {
            props.remove(key);
        } else {
            props.setProperty(key, value);
        }
    }

    public double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(props.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void putDouble(String key, double value) {
        props.setProperty(key, Double.toString(value));
    }

    /** The recent connection URIs, newest first. */
    public List<String> recent() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String uri = props.getProperty("connection.recent." + i);
            if (uri != null && !uri.isBlank() && !out.contains(uri)) {
                out.add(uri);
            }
        }
        return out;
    }

    public void putRecent(List<String> uris) {
        for (int i = 0; i < MAX_RECENT; i++) {
            put("connection.recent." + i, i < uris.size() ? uris.get(i) : null);
        }
    }

    public String lastConnection() {
        return props.getProperty("connection.last");
    }

    public void putLastConnection(String uri) {
        put("connection.last", uri);
    }
}
