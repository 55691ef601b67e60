package org.pvdm.switching;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.pvdm.host.HostException;
import org.pvdm.host.HostException.Kind;

/**
 * One writer per guest at a time, across processes: an exclusive lock on {@code .lock} in the guest's backup
 * folder, held from the last staleness check until the definition is verified (or restored). A second writer
 * does not wait: its plan was made from a definition the first one is about to replace, so it refuses.
 *
 * <p>The file stays after use (removing it would let a third process lock a fresh file while a second
 * still holds the old one). It is opened without following a symlink, created 0600, and used only when it
 * is a regular file of the user's own.
 */
public final class GuestLock implements AutoCloseable {
    static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private GuestLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of one guest or refuses with CONFLICT when another pvdm (or another engine in this
     * process) holds it.
     *
     * @throws IOException when the lock file cannot be created safely (symlink, foreign owner, wrong mode)
     */
    public static GuestLock acquire(BackupStore backups, String uri, String uuid, String guest)
            throws HostException, IOException {
        Path dir = backups.privateDir(uri, uuid);
        Path file = dir.resolve(FILE);
        FileChannel ch;
        try {
            ch = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (IOException e) {
            throw new IOException("cannot open the lock file " + file + " (" + e.getMessage() + "); it must be a"
                    + " regular file of your own, not a symlink: remove it and retry", e);
        }
        try {
            checkSafe(file);
            FileLock held;
            try {
                held = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                held = null;
            }
            if (held == null) {
                String holder = holder(ch);
                ch.close();
                throw new HostException(Kind.CONFLICT, "another pvdm" + holder + " is changing " + guest
                        + " right now: nothing was written; wait until it is done, then make a new plan");
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)),
                    0);
            return new GuestLock(ch, held);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static void checkSafe(Path file) throws IOException {
        PosixFileAttributes a = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String me = System.getProperty("user.name");
        Set<PosixFilePermission> perms = a.permissions();
        if (!a.isRegularFile() || !a.owner().getName().equals(me)
                || !EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE).containsAll(perms)) {
            throw new IOException("the lock file " + file + " is not a regular file of " + me + " with mode 0600"
                    + " (owner " + a.owner().getName() + ", " + PosixFilePermissions.toString(perms) + "): refused;"
                    + " remove it and retry");
        }
    }

    /** " (pid N)" as the holder wrote it, or "" when unreadable; at most a few bytes are read. */
    private static String holder(FileChannel ch) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(32);
            ch.read(buf, 0);
            String text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
            return text.matches("pid [0-9]{1,10}") ? " (" + text + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
