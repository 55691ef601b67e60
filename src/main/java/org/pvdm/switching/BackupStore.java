package org.pvdm.switching;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.pvdm.host.XdgDirs;

/**
 * Backups of guest definitions: {@code $XDG_DATA_HOME/pvdm/backups/HOST/UUID/TIMESTAMP.xml}, mode 0600,
 * written completely and synced to disk before anything changes.
 */
public final class BackupStore {
    private static final DateTimeFormatter ID =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Path root;

    public BackupStore(Path root) {
        this.root = root;
    }

    public static BackupStore standard() {
        return new BackupStore(XdgDirs.pvdmData().resolve("backups"));
    }

    /** A folder name for a host: its URI with what a file name cannot hold replaced. */
    static String hostKey(String uri) {
        return uri.replaceAll("[^A-Za-z0-9._@+-]+", "_").replaceAll("^_+|_+$", "");
    }

    Path root() {
        return root;
    }

    Path dir(String uri, String uuid) {
        return root.resolve(hostKey(uri)).resolve(uuid);
    }

    /** Writes a backup and syncs it; fails (and leaves no partial file) when it cannot. */
    public Backup save(String uri, String uuid, String xml, String note) throws IOException {
        Path dir = dir(uri, uuid);
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Instant now = Instant.now();
        String id = ID.format(now);
        Path file = dir.resolve(id + ".xml");
        for (int i = 1; Files.exists(file); i++) {
            id = ID.format(now) + "-" + i;
            file = dir.resolve(id + ".xml");
        }
        Path tmp = dir.resolve("." + id + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
            ch.write(ByteBuffer.wrap(xml.getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(dir.resolve(id + ".note"), note);
        syncDir(dir);
        return new Backup(id, file, now, note);
    }

    private static void syncDir(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // some file systems cannot sync a directory; the file itself is synced
        }
    }

    /** The backups of a guest, newest first. */
    public List<Backup> list(String uri, String uuid) throws IOException {
        Path dir = dir(uri, uuid);
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.xml")) {
            for (Path f : files) {
                String id = f.getFileName().toString().replaceFirst("\\.xml$", "");
                Path noteFile = dir.resolve(id + ".note");
                String note = Files.exists(noteFile) ? Files.readString(noteFile).strip() : "";
                out.add(new Backup(id, f, Files.getLastModifiedTime(f).toInstant(), note));
            }
        }
        out.sort(Comparator.comparing(Backup::id).reversed());
        return out;
    }

    public Optional<Backup> find(String uri, String uuid, String id) throws IOException {
        List<Backup> all = list(uri, uuid);
        if (id == null || id.isBlank() || id.equals("latest")) {
            return all.stream().findFirst();
        }
        return all.stream().filter(b -> b.id().equals(id) || b.id().startsWith(id)).findFirst();
    }

    /**
     * Records next to a backup which devices the switch renamed (hda -> vda), so statistics taken before
     * and after can be paired by device even after pvdm restarts. One "old new" pair a line.
     */
    public void saveRenames(Backup b, Map<String, String> renames) throws IOException {
        if (renames.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        renames.forEach((old, renamed) -> {
            if (DEVICE.matcher(old).matches() && DEVICE.matcher(renamed).matches()) {
                text.append(old).append(' ').append(renamed).append('\n');
            }
        });
        Files.writeString(b.file().resolveSibling(b.id() + ".renames"), text);
    }

    /**
     * Every rename recorded for a guest, composed oldest switch first (hda -> sda, then sda -> vda gives
     * hda -> vda): old name to current name. Lines that are not two device names are ignored: the files are
     * only ever written by pvdm, but nothing read from disk is trusted.
     */
    public Map<String, String> renames(String uri, String uuid) throws IOException {
        List<Backup> all = new ArrayList<>(list(uri, uuid));
        java.util.Collections.reverse(all);
        Map<String, String> out = new LinkedHashMap<>();
        for (Backup b : all) {
            Path f = b.file().resolveSibling(b.id() + ".renames");
            if (!Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS) || Files.size(f) > 65_536) {
                continue;
            }
            Map<String, String> one = new LinkedHashMap<>();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String[] pair = line.strip().split(" ");
                if (pair.length == 2 && DEVICE.matcher(pair[0]).matches() && DEVICE.matcher(pair[1]).matches()) {
                    one.putIfAbsent(pair[0], pair[1]);
                }
            }
            out = compose(out, one);
        }
        return out;
    }

    /**
     * The renames of {@code earlier} followed by one switch's {@code next} (whose renames happen at once:
     * hdb -> sdb and sdb -> vdb in one switch do not chain).
     */
    public static Map<String, String> compose(Map<String, String> earlier, Map<String, String> next) {
        Map<String, String> out = new LinkedHashMap<>();
        earlier.forEach((old, now) -> out.put(old, next.getOrDefault(now, now)));
        next.forEach((old, now) -> {
            if (!earlier.containsValue(old)) {
                out.putIfAbsent(old, now);
            }
        });
        out.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        return out;
    }

    private static final java.util.regex.Pattern DEVICE = java.util.regex.Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    public String read(Backup b) throws IOException {
        return Files.readString(b.file(), StandardCharsets.UTF_8);
    }
}
