package org.pvdm.stats;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves and loads {@link Recording}s as CSV files ({@link CsvFormat#RECORDING_HEADER}) in a folder, by
 * default {@code $XDG_DATA_HOME/pvdm/recordings/} ({@code ~/.local/share/pvdm/recordings/} when
 * XDG_DATA_HOME is unset, empty or not absolute, as the XDG base directory spec says).
 *
 * <p>Writes are atomic: the file is written and synced under a temporary name in the same folder, then
 * renamed over the target; a failed save leaves no partial file.
 */
public final class RecordingStore {
    private static final Logger LOG = LoggerFactory.getLogger(RecordingStore.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final String SUFFIX = ".csv";
    /** Comment lines after the header: where the recording was made (pandas reads them with comment='#'). */
    static final String HOST = "# host: ";
    static final String SYNTHETIC = "# synthetic counters: ";

    private final Path directory;

    public RecordingStore(Path directory) {
        this.directory = directory;
    }

    /** {@code $XDG_DATA_HOME/pvdm/recordings}, or {@code HOME/.local/share/pvdm/recordings}. */
    public static Path defaultDirectory(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("pvdm").resolve("recordings");
    }

    public Path directory() {
        return directory;
    }

    /** Where a recording of that name lives: NAME.csv in the store's folder. */
    public Path file(String name) {
        String base = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
        if (!NAME.matcher(base).matches()) {
            throw new IllegalArgumentException("a recording name is letters, digits, '.', '_' and '-' "
                    + "(at most 128, not starting with a dot or dash), got '" + name + "'");
        }
        return directory.resolve(base + SUFFIX);
    }

    /** Saves under NAME.csv in the store's folder (replacing one of that name); returns the file. */
    public Path save(String name, Recording recording) throws IOException {
        Path file = file(name);
        save(file, recording);
        return file;
    }

    /** Saves to any file, atomically. */
    public static void save(Path file, Recording recording) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder(CsvFormat.RECORDING_HEADER).append('\n');
        if (!recording.host().isEmpty()) {
            text.append(HOST).append(recording.host().replaceAll("[\\r\\n\"]", " ")).append('\n');
        }
        recording.synthetic().ifPresent(s -> text.append(SYNTHETIC).append(s).append('\n'));
        for (StatsRow row : recording.rows()) {
            text.append(CsvFormat.recordingLine(row)).append('\n');
        }
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        LOG.info("saved recording {} ({} series)", file, recording.keys().size());
    }

    /** Loads a recording by name from the store's folder. */
    public Recording load(String name) throws IOException {
        return load(file(name));
    }

    /**
     * Loads any recording file. Bad content is a {@link RecordingFormatException} naming the file and line;
     * any other IOException means the file could not be read.
     */
    public static Recording load(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new RecordingFormatException(file + ": not a pvdm recording (not UTF-8 text)", e);
        }
        if (lines.isEmpty() || !lines.get(0).strip().equals(CsvFormat.RECORDING_HEADER)) {
            throw new RecordingFormatException(file + ": not a pvdm recording (the first line must be "
                    + CsvFormat.RECORDING_HEADER + ")", null);
        }
        List<StatsRow> rows = new ArrayList<>();
        String host = "";
        Boolean synthetic = null;
        StringBuilder record = new StringBuilder();
        for (int i = 1; i < lines.size(); i++) {
            record.append(record.length() == 0 ? "" : "\n").append(lines.get(i));
            if (record.chars().filter(c -> c == '"').count() % 2 != 0) {
                continue; // a quoted field goes on on the next line
            }
            String line = record.toString().strip();
            record.setLength(0);
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith(HOST)) {
                host = line.substring(HOST.length()).strip();
                continue;
            }
            if (line.startsWith(SYNTHETIC)) {
                synthetic = Boolean.valueOf(line.substring(SYNTHETIC.length()).strip());
                continue;
            }
            try {
                rows.add(CsvFormat.parseRecordingLine(line));
            } catch (IllegalArgumentException e) {
                throw new RecordingFormatException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        if (record.length() > 0) {
            throw new RecordingFormatException(file + " line " + lines.size() + ": unterminated quote", null);
        }
        Recording r = Recording.ofRows(rows);
        return synthetic == null && host.isEmpty() ? r : r.from(host, Boolean.TRUE.equals(synthetic));
    }

    /** The recording files in the store, by name. */
    public List<Path> list() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }
}
