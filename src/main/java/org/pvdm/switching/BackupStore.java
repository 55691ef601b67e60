package org.pvdm.switching;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
 * Backups of guest definitions: {@code $XDG_DATA_HOME/pvdm/backups/HOST/UUID/TIMESTAMP.xml} and its
 * {@code .note}, mode 0600 in folders of mode 0700 that the user owns, written completely and synced to disk
 * before anything changes.
 */
public final class BackupStore {
    private static final DateTimeFormatter ID =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final int MAX_NOTE = 64 * 1024;
    private static final int MAX_XML = 256 * 1024 * 1024;

    private final Path root;

    private final java.time.Clock clock;

    public BackupStore(Path root) {
        this(root, java.time.Clock.systemUTC());
    }

    /** With a clock of the test's choosing (a backup's id is its time). */
    BackupStore(Path root, java.time.Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    public static BackupStore standard() {
        return new BackupStore(XdgDirs.pvdmData().resolve("backups"));
    }

    /** A folder name for a host: its URI with what a file name cannot hold replaced. */
    static String hostKey(String uri) {
        return uri.replaceAll("[^A-Za-z0-9._@+-]+", "_").replaceAll("^_+|_+$", "");
    }

    Path dir(String uri, String uuid) {
        return root.resolve(hostKey(uri)).resolve(uuid);
    }

    /**
     * Writes a backup and its note, both created new (0600, never through a symlink) and synced, in folders that
     * are the user's own (0700); fails, leaving no partial backup, when it cannot. The XML gets its final name
     * last, so a backup that is listed always has its note.
     */
    public Backup save(String uri, String uuid, String xml, String note) throws IOException {
        Path dir = dir(uri, uuid);
        PrivateFiles.ensureDirs(root, dir);
        Instant now = clock.instant();
        String id = ID.format(now);
        Path file = dir.resolve(id + ".xml");
        for (int i = 1; Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                || Files.exists(dir.resolve(id + ".note"), LinkOption.NOFOLLOW_LINKS); i++) {
            id = ID.format(now) + "-" + i;
            file = dir.resolve(id + ".xml");
        }
        Path tmp = dir.resolve("." + id + ".tmp");
        PrivateFiles.createNew(tmp, xml);
        try {
            PrivateFiles.createNew(dir.resolve(id + ".note"), note);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw new IOException("cannot write the note " + dir.resolve(id + ".note") + ": " + e, e);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        syncDir(dir);
        return new Backup(id, file, now, note, true);
    }

    private static void syncDir(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // some file systems cannot sync a directory; the file itself is synced
        }
    }

    /**
     * The backups of a guest, newest first. One without its note (written by an older pvdm, or damaged) is
     * listed as not complete: it is never picked as "latest".
     */
    public List<Backup> list(String uri, String uuid) throws IOException {
        Path dir = dir(uri, uuid);
        List<Backup> out = new ArrayList<>();
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(dir)) {
            return out;
        }
        PrivateFiles.checkDirs(root, dir);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.xml")) {
            for (Path f : files) {
                if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String id = f.getFileName().toString().replaceFirst("\\.xml$", "");
                Path noteFile = dir.resolve(id + ".note");
                boolean complete = Files.isRegularFile(noteFile, LinkOption.NOFOLLOW_LINKS);
                String note = complete ? PrivateFiles.read(noteFile, MAX_NOTE).strip() : "";
                out.add(new Backup(id, f, Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toInstant(),
                        complete ? note : "incomplete: its note is missing", complete));
            }
        }
        out.sort(Comparator.comparing(Backup::id).reversed());
        return out;
    }

    /** A backup by id or id prefix; "latest" (or none) is the newest complete one. */
    public Optional<Backup> find(String uri, String uuid, String id) throws IOException {
        List<Backup> all = list(uri, uuid);
        if (id == null || id.isBlank() || id.equals("latest")) {
            return all.stream().filter(Backup::complete).findFirst();
        }
        return all.stream().filter(b -> b.id().equals(id) || b.id().startsWith(id)).findFirst();
    }

    public String read(Backup b) throws IOException {
        PrivateFiles.checkDirs(root, b.file().getParent());
        return PrivateFiles.read(b.file(), MAX_XML);
    }
}
