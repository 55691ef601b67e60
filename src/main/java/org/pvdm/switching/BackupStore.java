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
import java.util.List;
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

    public String read(Backup b) throws IOException {
        return Files.readString(b.file(), StandardCharsets.UTF_8);
    }
}
