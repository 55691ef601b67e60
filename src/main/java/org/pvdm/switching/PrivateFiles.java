package org.pvdm.switching;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Folders and files only this user can reach: every folder a real directory (not a symlink), owned by the user
 * running pvdm, mode 0700; every file created new (never opened through an existing name or a symlink), mode
 * 0600, synced. pvdm often runs as root: a folder someone else owns or can write is where a planted symlink
 * turns a backup into an overwrite of another file.
 */
final class PrivateFiles {
    static final Set<PosixFilePermission> DIR_MODE = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    private static final Set<StandardOpenOption> CREATE = EnumSet.of(StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);

    private PrivateFiles() {}

    /** Creates {@code dir} and each missing folder from {@code top} down to it (0700), and checks every one. */
    static void ensureDirs(Path top, Path dir) throws IOException {
        Path rel = top.relativize(dir);
        Path p = top;
        ensureDir(p);
        for (Path part : rel) {
            p = p.resolve(part);
            ensureDir(p);
        }
    }

    private static void ensureDir(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(p.getParent());
            try {
                Files.createDirectory(p, PosixFilePermissions.asFileAttribute(DIR_MODE));
                Files.setPosixFilePermissions(p, DIR_MODE);
            } catch (FileAlreadyExistsException raced) {
                // made meanwhile: checked below like any other
            }
        }
        check(p);
    }

    /** Checks folders that must exist already: from {@code top} down to {@code dir}. */
    static void checkDirs(Path top, Path dir) throws IOException {
        Path p = top;
        check(p);
        for (Path part : top.relativize(dir)) {
            p = p.resolve(part);
            check(p);
        }
    }

    private static void check(Path p) throws IOException {
        PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isSymbolicLink()) {
            throw refuse(p, "is a symbolic link");
        }
        if (!a.isDirectory()) {
            throw refuse(p, "is not a folder");
        }
        int owner = (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        int me = myUid();
        if (owner != me) {
            throw refuse(p, "belongs to uid " + owner + ", not to the user running pvdm (uid " + me + ")");
        }
        if (!a.permissions().equals(DIR_MODE)) {
            throw refuse(p, "has mode " + PosixFilePermissions.toString(a.permissions()) + ", not rwx------");
        }
    }

    private static IOException refuse(Path p, String why) {
        return new IOException("the backup folder " + p + " " + why + ": pvdm keeps backups only in folders of its"
                + " own user with mode 0700, so nothing was read or written there and no guest was changed (move it"
                + " aside; pvdm makes a new one)");
    }

    /** The uid pvdm runs as: the owner of this process's /proc entry. */
    static int myUid() throws IOException {
        return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    }

    /** Writes a new file: fails if the name exists at all (a file, a symlink, anything), never follows a link. */
    static void createNew(Path file, String text) throws IOException {
        try (FileChannel ch = FileChannel.open(file, withNoFollow(), PosixFilePermissions.asFileAttribute(FILE_MODE))) {
            ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        } catch (IOException e) {
            if (!(e instanceof FileAlreadyExistsException)) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
    }

    private static Set<OpenOption> withNoFollow() {
        Set<OpenOption> o = new HashSet<>(CREATE);
        o.add(LinkOption.NOFOLLOW_LINKS);
        return o;
    }

    /** Reads a file without following a symlink, at most {@code max} bytes. */
    static String read(Path file, int max) throws IOException {
        try (InputStream in = Channels.newInputStream(FileChannel.open(file, Set.of(StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS)))) {
            byte[] b = in.readNBytes(max + 1);
            if (b.length > max) {
                throw new IOException(file + " is larger than " + max + " bytes: not a backup pvdm wrote");
            }
            return new String(b, StandardCharsets.UTF_8);
        }
    }
}
