package org.pvdm.lab;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/** One lab up/down at a time on a machine (a CLI and the GUI, or two shells): a file lock in the lab directory. */
final class LabLock implements AutoCloseable {
    static final Duration WAIT = Duration.ofMinutes(5);

    private final FileChannel channel;
    private final FileLock lock;

    private LabLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path file(LabPaths paths) {
        return paths.dir().resolve(".lock");
    }

    static LabLock acquire(LabPaths paths, Duration wait, LabProgress progress) throws LabException {
        Path file = file(paths);
        FileChannel ch;
        try {
            Files.createDirectories(paths.dir());
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new LabException(LabException.Kind.DENIED, "cannot create " + file + ": " + e.getMessage()
                    + " (qemu:///system needs root)", e);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        boolean said = false;
        try {
            while (true) {
                FileLock l = tryLock(ch);
                if (l != null) {
                    return new LabLock(ch, l);
                }
                if (System.nanoTime() > deadline) {
                    throw new LabException(LabException.Kind.CONFLICT, "another pvdm lab up/down is still running"
                            + " (it holds " + file + " since more than " + wait.toMinutes() + " min); try again later");
                }
                if (!said) {
                    progress.step("waiting for another pvdm lab up/down to finish (lock " + file + ")");
                    said = true;
                }
                Waits.sleep(500);
            }
        } catch (LabException | RuntimeException e) {
            close(ch);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel ch) throws LabException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // this JVM holds it (another thread)
        } catch (IOException e) {
            throw new LabException(LabException.Kind.FAILED, "cannot lock the lab directory: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        close(channel);
    }

    private static void close(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
