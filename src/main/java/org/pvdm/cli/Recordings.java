package org.pvdm.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.pvdm.host.XdgDirs;
import org.pvdm.stats.Recording;
import org.pvdm.stats.RecordingFormatException;
import org.pvdm.stats.RecordingStore;
import org.pvdm.stats.SeriesData;
import org.pvdm.stats.SeriesKind;

/** Where recordings live for the CLI, and loading one with the CLI's exit codes. */
final class Recordings {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Recordings() {}

    /** $XDG_DATA_HOME/pvdm/recordings (~/.local/share/pvdm/recordings). */
    static RecordingStore store() {
        return new RecordingStore(XdgDirs.pvdmData().resolve("recordings"));
    }

    /** A default name for a recording of this guest: "web01-20240501-100000" (UTC). */
    static String defaultName(String guest, Instant when) {
        String base = guest.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._-]+", "");
        base = base.isEmpty() ? "guest" : base.substring(0, Math.min(base.length(), 100));
        return base + "-" + STAMP.format(when);
    }

    /** Loads a file: missing is exit 4, bad content exit 7, unreadable exit 9 (6 without permission). */
    static Recording load(Path file) {
        if (Files.isDirectory(file)) {
            throw new CliException(ExitCodes.BAD_INPUT, file + " is a folder, not a pvdm recording");
        }
        try {
            return RecordingStore.load(file);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.NOT_FOUND, "no recording file " + file);
        } catch (AccessDeniedException e) {
            throw new CliException(ExitCodes.DENIED, "cannot read " + file + ": permission denied");
        } catch (RecordingFormatException e) {
            throw new CliException(ExitCodes.BAD_INPUT, e.getMessage());
        } catch (IOException e) {
            throw new CliException(ExitCodes.IO, "cannot read " + file + ": " + e.getMessage());
        }
    }

    /** "2 disks, 1 NIC, 10 ticks". */
    static String describe(Recording r) {
        int disks = 0;
        int nics = 0;
        int ticks = 0;
        for (var key : r.keys()) {
            disks += key.kind() == SeriesKind.DISK ? 1 : 0;
            nics += key.kind() == SeriesKind.NIC ? 1 : 0;
            ticks = Math.max(ticks, r.series(key).map(SeriesData::size).orElse(0));
        }
        return plural(disks, "disk") + ", " + plural(nics, "NIC") + ", " + plural(ticks, "tick");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
