package org.pvdm.switching;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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

    private final Clock clock;

    public BackupStore(Path root) {
        this(root, Clock.systemUTC());
    }

    /** With a clock of the test's choosing (a backup's id is its time). */
    BackupStore(Path root, Clock clock) {
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

    Path root() {
        return root;
    }

    Path dir(String uri, String uuid) {
        return root.resolve(hostKey(uri)).resolve(uuid);
    }

    /**
     * The guest's folder, created 0700 where missing, every level from the root checked (a real folder of this
     * user, mode 0700): what anything kept beside the backups (the lock, the journal) must go through.
     */
    public Path privateDir(String uri, String uuid) throws IOException {
        Path dir = dir(uri, uuid);
        PrivateFiles.ensureDirs(root, dir);
        return dir;
    }

    /**
     * Writes a backup and its note, both created new (0600, never through a symlink) and synced, in folders that
     * are the user's own (0700); fails, leaving no partial backup, when it cannot. The XML gets its final name
     * last, so a backup that is listed always has its note.
     */
    public Backup save(String uri, String uuid, String xml, String note) throws IOException {
        Path dir = privateDir(uri, uuid);
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
        // like every file in the store: created new, never through a planted link, 0600, then put in place
        Path target = b.file().resolveSibling(b.id() + ".renames");
        Path tmp = target.resolveSibling("." + b.id() + ".renames.tmp");
        Files.deleteIfExists(tmp);
        PrivateFiles.createNew(tmp, text.toString());
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Every rename recorded for a guest, composed oldest switch first (hda -> sda, then sda -> vda gives
     * hda -> vda): old name to current name. Lines that are not two device names are ignored: the files are
     * only ever written by pvdm, but nothing read from disk is trusted.
     */
    public Map<String, String> renames(String uri, String uuid) throws IOException {
        List<Backup> all = new ArrayList<>(list(uri, uuid));
        Collections.reverse(all);
        Map<String, String> out = new LinkedHashMap<>();
        for (Backup b : all) {
            Path f = b.file().resolveSibling(b.id() + ".renames");
            if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) || Files.size(f) > 65_536) {
                continue;
            }
            Map<String, String> one = new LinkedHashMap<>();
            for (String line : PrivateFiles.read(f, 65_536).split("\n")) {
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

    private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    public String read(Backup b) throws IOException {
        PrivateFiles.checkDirs(root, b.file().getParent());
        return PrivateFiles.read(b.file(), MAX_XML);
    }
}
