package org.pvdm.model.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pvdm.testsupport.Corpus;

/**
 * Seeded byte mutations of real domain XMLs (2,000: truncation, flipped, inserted and deleted bytes, a declared
 * encoding, a UTF-16 re-encoding) through parse and write: each either parses and is written back
 * losslessly in its own encoding, or fails with one XmlException line; never another exception, never a
 * line printed by the JDK's parser.
 */
class XmlMutationTest {
    private static final long SEED = 20261130L;
    private static final int MUTATIONS = 2_000;
    private static final String SPECIAL = "<>&;'\"\u00ff\u0000/!?";

    @Test
    void mutatedFilesParseAndWriteBackOrFailWithOneLine() throws Exception {
        List<byte[]> inputs = new ArrayList<>();
        for (Path p : Corpus.files()) {
            inputs.add(Files.readAllBytes(p));
        }
        assertFalse(inputs.isEmpty(), "the corpus slice is there");
        Random random = new Random(SEED);
        PrintStream saved = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<String> problems = new ArrayList<>();
        int parsed = 0;
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < MUTATIONS; i++) {
                byte[] input = mutate(inputs.get(random.nextInt(inputs.size())), random);
                try {
                    XmlDocument doc = XmlParser.parse(input);
                    parsed++;
                    XmlDocument copy = doc.copy();
                    copy.root().setAttr("pvdm-mutation", "\u00e9\u20ac" + i);
                    XmlDocument back = XmlParser.parse(XmlOutput.bytes(doc, copy));
                    if (!XmlEquivalence.equivalent(copy, back)) {
                        problems.add("mutation " + i + ": written back differently");
                    }
                } catch (XmlException e) {
                    if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n")) {
                        problems.add("mutation " + i + ": not one line: " + e.getMessage());
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    problems.add("mutation " + i + ": " + e);
                }
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals(List.of(), problems);
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "nothing printed on stderr");
        assertTrue(parsed > MUTATIONS / 20, "some mutations still parse (" + parsed + "), so writing is exercised");
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        switch (random.nextInt(6)) {
            case 0 -> b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
            case 1 -> b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            case 2 -> {
                int at = random.nextInt(b.length);
                byte[] out = new byte[b.length + 1];
                System.arraycopy(b, 0, out, 0, at);
                out[at] = (byte) SPECIAL.charAt(random.nextInt(SPECIAL.length()));
                System.arraycopy(b, at, out, at + 1, b.length - at);
                b = out;
            }
            case 3 -> {
                int at = random.nextInt(b.length);
                byte[] out = new byte[b.length - 1];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + 1, out, at, b.length - at - 1);
                b = out;
            }
            case 4 -> b = ("<?xml version='1.0' encoding='ISO-8859-1'?>\n" + new String(b, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.ISO_8859_1);
            default -> b = ("\ufeff" + new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_16LE);
        }
        return b;
    }
}
