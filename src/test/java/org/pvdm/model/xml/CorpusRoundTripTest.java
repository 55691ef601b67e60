package org.pvdm.model.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pvdm.testsupport.Corpus;

/** Every domain XML of the corpus (the shipped slice, or the full one when named) parses and is written back unchanged. */
class CorpusRoundTripTest {

    @Test
    void everyCorpusFileRoundTripsByteForByte() throws Exception {
        List<Path> files = Corpus.files();
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            String original = Files.readString(file, StandardCharsets.UTF_8);
            XmlDocument doc = XmlParser.parse(file);
            String written = XmlWriter.write(doc);
            if (!written.equals(original)) {
                failures.add(file.getFileName() + ": " + firstDifference(original, written));
            }
        }
        assertEquals(List.of(), failures, "files not written back unchanged (" + failures.size() + "/" + files.size()
                + ") in " + Corpus.describe());
        if (Corpus.isFull()) {
            assertEquals(Corpus.FULL_SIZE, files.size(), "the corpus README promises " + Corpus.FULL_SIZE + " files");
        } else {
            assertTrue(files.size() >= 30, "the shipped slice holds a few dozen files, found " + files.size());
        }
    }

    static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 30);
        return "at " + i + ": expected [" + a.substring(from, Math.min(a.length(), i + 30)) + "] got ["
                + b.substring(from, Math.min(b.length(), i + 30)) + "]";
    }
}
