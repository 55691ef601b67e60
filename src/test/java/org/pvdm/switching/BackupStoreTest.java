package org.pvdm.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups through planted symlinks, foreign-owned and open folders: refused, and no victim file touched. */
class BackupStoreTest {
    private static final String URI = "qemu:///system";
    private static final String UUID = "c7a5fdbd-edaf-9455-926a-d65c16db1809";

    @TempDir
    Path tmp;

    private Path root;
    private BackupStore store;
    private Path victim;

    @BeforeEach
    void setUp() throws IOException {
        root = tmp.resolve("backups");
        store = new BackupStore(root);
        victim = tmp.resolve("victim");
        Files.writeString(victim, "precious");
    }

    private Path guestDir() {
        return store.dir(URI, UUID);
    }

    @Test
    void filesAre0600FoldersAre0700AndTheNoteIsThere() throws Exception {
        Backup b = store.save(URI, UUID, "<domain/>", "before switch");
        assertTrue(b.complete());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(b.file())));
        Path note = b.file().resolveSibling(b.id() + ".note");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(note)));
        for (Path d = guestDir(); !d.equals(tmp); d = d.getParent()) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(d)), d.toString());
        }
        assertEquals(List.of(b.id()), store.list(URI, UUID).stream().map(Backup::id).toList());
        assertEquals("<domain/>", store.read(b));
    }

    @Test
    void aPlantedNoteSymlinkNeverTruncatesItsTarget() throws Exception {
        Instant now = Instant.parse("2026-11-30T03:00:00.123Z");
        store = new BackupStore(root, Clock.fixed(now, ZoneOffset.UTC));
        store.save(URI, UUID, "<domain/>", "first");
        DateTimeFormatter id = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT)
                .withZone(ZoneOffset.UTC);
        Files.createSymbolicLink(guestDir().resolve(id.format(now) + "-1.note"), victim);
        Backup b = store.save(URI, UUID, "<domain/>", "second");
        assertEquals("precious", Files.readString(victim), "the victim is untouched");
        assertEquals("20261130T030000.123Z-2", b.id(), "the planted name was seen and another taken");
        assertTrue(b.complete());
        assertEquals("second", Files.readString(b.file().resolveSibling(b.id() + ".note")));
    }

    @Test
    void createNewNeverOpensAnExistingNameOrLink() throws Exception {
        Path link = tmp.resolve("x.note");
        Files.createSymbolicLink(link, victim);
        assertThrows(FileAlreadyExistsException.class, () -> PrivateFiles.createNew(link, "evil"));
        Path dangling = tmp.resolve("y.note");
        Files.createSymbolicLink(dangling, tmp.resolve("would-be-created"));
        assertThrows(FileAlreadyExistsException.class, () -> PrivateFiles.createNew(dangling, "evil"));
        assertEquals("precious", Files.readString(victim));
        assertFalse(Files.exists(tmp.resolve("would-be-created")));
    }

    @Test
    void aSymlinkedFolderIsRefusedWithOneClearLine() throws Exception {
        Path elsewhere = tmp.resolve("elsewhere");
        Files.createDirectories(elsewhere, PosixFilePermissions.asFileAttribute(PrivateFiles.DIR_MODE));
        PrivateFiles.ensureDirs(root, guestDir().getParent());
        Files.createSymbolicLink(guestDir(), elsewhere);
        IOException e = assertThrows(IOException.class, () -> store.save(URI, UUID, "<domain/>", "n"));
        assertTrue(e.getMessage().contains(guestDir() + " is a symbolic link"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals(0, Files.list(elsewhere).count(), "nothing written through the link");
        assertThrows(IOException.class, () -> store.list(URI, UUID), "not read through it either");
    }

    @Test
    void aFolderOthersMayEnterIsRefused() throws Exception {
        store.save(URI, UUID, "<domain/>", "n");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwxrwx"));
        IOException e = assertThrows(IOException.class, () -> store.save(URI, UUID, "<domain/>", "n2"));
        assertTrue(e.getMessage().contains(root + " has mode rwxrwxrwx, not rwx------"), e.getMessage());
        assertThrows(IOException.class, () -> store.list(URI, UUID));
    }

    @Test
    void aFolderOfAnotherUserIsRefused() throws Exception {
        assumeTrue(PrivateFiles.myUid() == 0, "skipped: giving a folder to another user needs root");
        store.save(URI, UUID, "<domain/>", "n");
        Files.setAttribute(guestDir(), "unix:uid", 65534, LinkOption.NOFOLLOW_LINKS);
        IOException e = assertThrows(IOException.class, () -> store.save(URI, UUID, "<domain/>", "n2"));
        assertTrue(e.getMessage().contains("belongs to uid 65534, not to the user running pvdm (uid 0)"),
                e.getMessage());
        assertEquals(1, Files.list(guestDir()).filter(p -> p.toString().endsWith(".xml")).count());
    }

    @Test
    void aBackupWithoutItsNoteIsNotTakenAsGood() throws Exception {
        Backup good = store.save(URI, UUID, "<domain>good</domain>", "before switch");
        Files.writeString(guestDir().resolve("29991231T235959.999Z.xml"), "<domain>half</domain>");
        List<Backup> all = store.list(URI, UUID);
        assertEquals(2, all.size());
        assertFalse(all.get(0).complete());
        assertTrue(all.get(0).note().contains("incomplete"), all.get(0).note());
        assertEquals(good.id(), store.find(URI, UUID, "latest").orElseThrow().id());
    }
}
