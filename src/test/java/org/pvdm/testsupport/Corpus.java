package org.pvdm.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Real libvirt domain XMLs (libvirt 9.0.0's own test data). The slice shipped in src/test/resources/corpus
 * covers every device rule of docs/pv-rules.md, so the corpus tests always run; the full corpus (534 files)
 * replaces it when {@code -Dpvdm.corpus=PATH} names it (scripts/test does when ../shared/corpus exists).
 */
public final class Corpus {
    public static final String PROPERTY = "pvdm.corpus";
    /** How many files the full corpus holds (its README says so). */
    public static final int FULL_SIZE = 534;

    private Corpus() {}

    /** The full corpus when the property names it; a property naming no folder is a mistake, not a skip. */
    public static Optional<Path> full() {
        String named = System.getProperty(PROPERTY, "").strip();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Path root = Path.of(named).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("-D" + PROPERTY + "=" + named + " names no folder: point it at the corpus"
                    + " folder or leave it out to use the shipped slice");
        }
        return Optional.of(root);
    }

    /**
     * The shipped slice, read from the source tree rather than the class path: a file removed from the slice
     * would linger in target/test-classes and hide a gap.
     */
    public static Path slice() {
        Path slice = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "corpus")
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(slice)) {
            throw new IllegalStateException("the corpus slice is missing: " + slice);
        }
        return slice;
    }

    /** The folder the corpus tests read: the full corpus when named, else the slice. */
    public static Path root() {
        return full().orElseGet(Corpus::slice);
    }

    public static boolean isFull() {
        return full().isPresent();
    }

    /** All domain XML files of {@link #root()}, sorted. */
    public static List<Path> files() {
        return filesUnder(root());
    }

    public static List<Path> filesUnder(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For messages: which corpus a test read. */
    public static String describe() {
        return isFull() ? "the full corpus at " + root() : "the shipped corpus slice (-D" + PROPERTY + "=PATH for the full one)";
    }
}
