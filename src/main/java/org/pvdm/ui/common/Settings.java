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
import org.pvdm.host.UriPolicy;
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
    /** The prefix of a connection opened read-only, as ConnectionEntry stores it. */
    private static final String RO = "ro:";

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

    /** The recent connection URIs, newest first; one the file should not hold (see {@link #usable}) is left out. */
    public List<String> recent() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String uri = usable("connection.recent." + i);
            if (uri != null && !out.contains(uri)) {
                out.add(uri);
            }
        }
        return out;
    }

    /** Keeps the URIs without their passwords, and only those a file may hand back to pvdm. */
    public void putRecent(List<String> uris) {
        List<String> kept = new ArrayList<>();
        for (String u : uris) {
            String clean = storable(u);
            if (clean != null && !kept.contains(clean)) {
                kept.add(clean);
            }
        }
        for (int i = 0; i < MAX_RECENT; i++) {
            put("connection.recent." + i, i < kept.size() ? kept.get(i) : null);
        }
    }

    /** The connections that were open when pvdm last closed, in the order they were opened (same checks as recent). */
    public List<String> openAtExit() {
        return listed("connection.open.");
    }

    public void putOpenAtExit(List<String> uris) {
        putListed("connection.open.", uris);
    }

    private List<String> listed(String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String uri = usable(prefix + i);
            if (uri != null && !out.contains(uri)) {
                out.add(uri);
            }
        }
        return out;
    }

    private void putListed(String prefix, List<String> uris) {
        List<String> kept = new ArrayList<>();
        for (String u : uris) {
            String clean = storable(u);
            if (clean != null && !kept.contains(clean)) {
                kept.add(clean);
            }
        }
        for (int i = 0; i < MAX_RECENT; i++) {
            put(prefix + i, i < kept.size() ? kept.get(i) : null);
        }
    }

    public String lastConnection() {
        return usable("connection.last");
    }

    public void putLastConnection(String uri) {
        put("connection.last", storable(uri));
    }

    /**
     * A remembered connection as stored ("ro:" prefix allowed), or null when the file's entry could run a program,
     * open a path or hold a password: the settings file is read back as data, never trusted to choose a transport.
     */
    private String usable(String key) {
        String stored = props.getProperty(key);
        if (stored == null || stored.isBlank()) {
            return null;
        }
        String uri = stored.startsWith(RO) ? stored.substring(RO.length()) : stored;
        java.util.Optional<String> why = UriPolicy.fileProblem(uri);
        if (why.isPresent()) {
            LOG.warn("{}: ignored the remembered connection {}: {} (add it again with File > Add connection)", file,
                    UriPolicy.redact(uri).replaceAll("\\p{Cntrl}", "?"), why.get());
            return null;
        }
        return stored;
    }

    /** What may be written for a connection: no password, and nothing a later read would refuse. */
    private String storable(String stored) {
        if (stored == null) {
            return null;
        }
        boolean ro = stored.startsWith(RO);
        String uri = UriPolicy.redact(ro ? stored.substring(RO.length()) : stored);
        java.util.Optional<String> why = UriPolicy.fileProblem(uri);
        if (why.isPresent()) {
            LOG.warn("not remembering the connection {} in {}: {}", uri, file, why.get());
            return null;
        }
        return (ro ? RO : "") + uri;
    }
}
