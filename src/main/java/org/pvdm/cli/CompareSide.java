package org.pvdm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.pvdm.stats.Recording;
import org.pvdm.stats.RecordingStore;

/**
 * One side of {@code pvdm compare}: a recording file (a path, or a name in the recordings folder) or a
 * guest to sample live. Something that looks like a path (a slash, or ending in .csv) and does not exist is
 * a missing file (exit 4), never a guest name.
 *
 * @param file  the recording file, or null for a live guest
 * @param guest the guest name or UUID, or null for a recording
 */
record CompareSide(String arg, Path file, String guest) {

    static CompareSide resolve(String arg, RecordingStore store) {
        Path path = Path.of(arg);
        if (Files.exists(path) && !Files.isDirectory(path)) {
            return new CompareSide(arg, path, null);
        }
        if (arg.contains("/") || arg.endsWith(".csv") || Files.isDirectory(path)) {
            Path named = named(arg, store);
            if (named != null) {
                return new CompareSide(arg, named, null);
            }
            if (Files.isDirectory(path)) {
                throw new CliException(ExitCodes.BAD_INPUT, arg + " is a folder, not a pvdm recording");
            }
            throw new CliException(ExitCodes.NOT_FOUND, "no recording file " + arg);
        }
        Path named = named(arg, store);
        return named != null ? new CompareSide(arg, named, null) : new CompareSide(arg, null, arg);
    }

    /** NAME or NAME.csv in the recordings folder, when it exists. */
    private static Path named(String arg, RecordingStore store) {
        try {
            Path f = store.file(arg);
            return Files.isRegularFile(f) ? f : null;
        } catch (IllegalArgumentException e) {
            return null; // not a valid recording name
        }
    }

    boolean live() {
        return file == null;
    }

    Recording load() {
        return Recordings.load(file);
    }
}
