package org.pvdm.switching;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.pvdm.host.XdgDirs;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.convert.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Switches in flight: an entry is written (synced, 0600) before pvdm defines a new definition and removed once
 * the outcome is known (verified, refused, or restored). An entry that stays means the run was cut off
 * (connection lost, process killed) with the guest's state unknown; the next run shows it and
 * {@code pvdm recover} finishes or rolls it back.
 */
public final class Journal {
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    /** A journal entry is small; anything larger was not written by pvdm. */
    private static final long MAX_ENTRY = 64L << 20;

    /**
     * One switch in flight.
     *
     * @param backupId the backup holding the definition before the switch
     * @param base     hash of that definition
     */
    public record Entry(String uri, String uuid, String guest, String backupId, String base, Instant started,
                       List<Change> changes, String newXml) {
        public Entry {
            changes = List.copyOf(changes);
        }

        /** The plan as far as a verification needs it. */
        public Plan plan() {
            return new Plan(uri, guest, uuid, base, changes, List.of(), "", List.of(), "", newXml, false);
        }
    }

    private final Path dir;

    public Journal(Path dir) {
        this.dir = dir;
    }

    public static Journal standard() {
        return new Journal(XdgDirs.pvdmData().resolve("journal"));
    }

    /** The journal beside a backup store's folder (the standard one beside the standard store). */
    public static Journal beside(BackupStore backups) {
        return new Journal(backups.root().resolveSibling("journal"));
    }

    public Path dir() {
        return dir;
    }

    private Path file(String uri, String uuid) {
        return dir.resolve(BackupStore.hostKey(withoutPassword(uri)) + "_" + uuid.replaceAll("[^A-Za-z0-9-]", "_") + ".journal");
    }

    /** Records a switch before its define; synced, so a killed process leaves it behind. */
    public void begin(Entry e) throws IOException {
        PrivateFiles.ensureDirs(dir, dir);
        Properties p = new Properties();
        p.setProperty("uri", withoutPassword(e.uri()));
        p.setProperty("uuid", e.uuid());
        p.setProperty("guest", e.guest());
        p.setProperty("backup", e.backupId());
        p.setProperty("base", e.base());
        p.setProperty("started", e.started().toString());
        p.setProperty("changes", String.valueOf(e.changes().size()));
        for (int i = 0; i < e.changes().size(); i++) {
            Change c = e.changes().get(i);
            p.setProperty("change." + i + ".device", c.device());
            p.setProperty("change." + i + ".kind", c.kind().name());
            p.setProperty("change." + i + ".from", c.from());
            p.setProperty("change." + i + ".to", c.to());
            p.setProperty("change." + i + ".reason", c.reason());
        }
        p.setProperty("newXml", e.newXml());
        StringWriter w = new StringWriter();
        p.store(w, "pvdm: a switch in flight; pvdm recover finishes or rolls it back");
        Path target = file(e.uri(), e.uuid());
        Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID() + ".tmp");
        PrivateFiles.createNew(tmp, w.toString());
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A password is never stored: user:secret@ becomes user@. */
    static String withoutPassword(String uri) {
        return uri.replaceFirst("^([A-Za-z0-9+.-]*://[^:/@?#]*):[^@/?#]*@", "$1@");
    }

    /** The outcome is known: the entry goes. */
    public void end(String uri, String uuid) {
        uri = withoutPassword(uri);
        try {
            Files.deleteIfExists(file(uri, uuid));
        } catch (IOException e) {
            LOG.warn("cannot remove the journal entry of {} on {}: {}", uuid, uri, e.getMessage());
        }
    }

    public Optional<Entry> find(String uri, String uuid) {
        return read(file(uri, uuid));
    }

    /** Every switch left in flight, oldest first; unreadable entries are skipped (and logged). */
    public List<Entry> pending() {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        try {
            PrivateFiles.checkDirs(dir, dir);
        } catch (IOException e) {
            LOG.warn("not reading the journal: {}", e.getMessage());
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.journal")) {
            for (Path f : files) {
                read(f).ifPresent(out::add);
            }
        } catch (IOException e) {
            LOG.warn("cannot list the journal {}: {}", dir, e.getMessage());
        }
        out.sort(Comparator.comparing(Entry::started));
        return out;
    }

    private static Optional<Entry> read(Path f) {
        try {
            if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) || Files.size(f) > MAX_ENTRY) {
                return Optional.empty();
            }
            Properties p = new Properties();
            byte[] bytes;
            try (FileChannel ch = FileChannel.open(f, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
                ByteBuffer buf = ByteBuffer.allocate((int) Math.min(ch.size(), MAX_ENTRY));
                while (buf.hasRemaining() && ch.read(buf) > 0) {
                    // read all of it
                }
                bytes = Arrays.copyOf(buf.array(), buf.position());
            }
            p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            int n = Integer.parseInt(p.getProperty("changes", "0"));
            List<Change> changes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                changes.add(new Change(line(p, "change." + i + ".device"),
                        DeviceKind.valueOf(need(p, "change." + i + ".kind")), line(p, "change." + i + ".from"),
                        line(p, "change." + i + ".to"), p.getProperty("change." + i + ".reason", "")));
            }
            return Optional.of(new Entry(line(p, "uri"), line(p, "uuid"), line(p, "guest"), line(p, "backup"),
                    line(p, "base"), Instant.parse(need(p, "started")), changes, need(p, "newXml")));
        } catch (IOException | RuntimeException e) {
            LOG.warn("skipping the unreadable journal entry {}: {}", f, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * A value that is printed on one line (names, the URI): an entry is a file anyone with access to the folder
     * could have edited, and a control character would let it rewrite the terminal of whoever runs pvdm next.
     */
    private static String line(Properties p, String key) {
        String v = need(p, key);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                throw new IllegalArgumentException("'" + key + "' holds a control character");
            }
        }
        return v;
    }

    private static String need(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("no '" + key + "'");
        }
        return v;
    }
}
