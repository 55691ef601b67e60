package org.pvdm.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus of real libvirt domain XMLs beside the project (../shared/corpus), when present. */
public final class Corpus {
    private Corpus() {}

    public static Path root() {
        String override = System.getProperty("pvdm.corpus");
        return override != null ? Path.of(override) : Path.of("..", "shared", "corpus").toAbsolutePath().normalize();
    }

    /** All domain XML files, sorted; empty when the corpus is absent. */
    public static List<Path> files() {
        Path root = root();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
