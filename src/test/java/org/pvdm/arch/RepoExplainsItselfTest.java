package org.pvdm.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clone alone explains itself: the rules and the layers are written in docs/, and the code, the build and the
 * docs cite those, never a tracker's issue number or notes outside the repository.
 */
class RepoExplainsItselfTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Pattern OUTSIDE = Pattern.compile("(?i)\\bissue [0-9]+|\\.\\./shared");

    @Test
    void theRulesAndTheLayersAreWrittenDown() throws IOException {
        for (String doc : List.of("docs/pv-rules.md", "docs/architecture.md")) {
            Path p = BASE.resolve(doc);
            assertTrue(Files.isRegularFile(p) && Files.size(p) > 1000, doc + " exists and says something");
        }
    }

    @Test
    void nothingCitesAnIssueOrNotesOutsideTheRepository() throws IOException {
        List<Path> files = new ArrayList<>(List.of(BASE.resolve("pom.xml"), BASE.resolve("README.md")));
        for (String dir : List.of("src/main", "docs")) {
            try (Stream<Path> s = Files.walk(BASE.resolve(dir))) {
                s.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        List<String> found = new ArrayList<>();
        for (Path f : files) {
            String[] lines = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (OUTSIDE.matcher(lines[i]).find()) {
                    found.add(BASE.relativize(f) + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertTrue(files.size() > 100, "read " + files.size() + " files under " + BASE);
        assertEquals(List.of(), found, "cite docs/pv-rules.md or docs/architecture.md instead");
    }
}
