package org.pvdm.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.cli.Cli;
import org.pvdm.model.classify.Classifier;
import org.pvdm.model.convert.Conversion;
import org.pvdm.model.convert.Converter;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlDocument;
import org.pvdm.model.xml.XmlElement;
import org.pvdm.model.xml.XmlEquivalence;
import org.pvdm.model.xml.XmlException;
import org.pvdm.model.xml.XmlParser;
import org.pvdm.model.xml.XmlWriter;
import org.pvdm.testsupport.Corpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeded mutations of corpus files (bytes and elements) through parse, classify, plan (the conversion and its
 * diff) and convert, and every 20th one through {@code pvdm xml convert}: nothing but a clean refusal or a
 * well-formed result that is unchanged outside the switched devices; the CLI exits only with documented codes
 * and one line. Cases: -Dpvdm.fuzz.cases (500 here; 10,000 under the fuzz profile that scripts/test turns
 * on); seed: -Dpvdm.fuzz.seed; one case again: -Dpvdm.fuzz.case=N. No time bound: the slowest case is logged.
 */
class FuzzTest {
    private static final Logger LOG = LoggerFactory.getLogger(FuzzTest.class);
    private static final Set<String> SWITCHED = Set.of("disk", "interface", "controller");
    private static final Set<Integer> CLI_EXITS = Set.of(0, 3, 7);

    @TempDir
    Path tmp;

    @Test
    void mutatedCorpusFilesAreRefusedCleanlyOrConvertedLosslessly() throws Exception {
        List<Path> files = Corpus.files();
        assertFalse(files.isEmpty(), "no corpus files in " + Corpus.describe());
        int cases = Integer.getInteger("pvdm.fuzz.cases", 500);
        long seed = Long.getLong("pvdm.fuzz.seed", 20261130L);
        Integer only = Integer.getInteger("pvdm.fuzz.case");
        Map<Path, String> texts = new HashMap<>();
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        String slowestCase = "";
        int refused = 0;
        int converted = 0;
        for (int i = only == null ? 0 : only; i < (only == null ? cases : only + 1); i++) {
            long caseSeed = seed * 1_000_003L + i;
            Path file = files.get(Math.floorMod(Long.hashCode(caseSeed * 31), files.size()));
            String text = texts.computeIfAbsent(file, FuzzTest::read);
            Mutator.Result m = Mutator.mutate(text, caseSeed);
            String id = "case " + i + " (" + Corpus.root().relativize(file) + ": " + m.what() + ")";
            long t0 = System.nanoTime();
            try {
                if (check(m.bytes(), id, failures)) {
                    converted++;
                } else {
                    refused++;
                }
                if (i % 20 == 0) {
                    cli(m.bytes(), i, id, failures);
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(id + ": " + e);
                LOG.error("{}", id, e);
            }
            long took = System.nanoTime() - t0;
            if (took > slowest && (i > 0 || only != null)) { // case 0 also loads every class: not a case's cost
                slowest = took;
                slowestCase = id;
            }
            if (failures.size() > 20) {
                break;
            }
        }
        String summary = String.format("fuzz: %d cases (seed %d): %d refused as bad input, %d converted; slowest case"
                + " after the first %d ms: %s", refused + converted, seed, refused, converted, slowest / 1_000_000, slowestCase);
        LOG.info(summary);
        System.out.println(summary);
        assertTrue(failures.isEmpty(), failures.size() + " failure(s), rerun one with -Dpvdm.fuzz.seed=" + seed
                + " -Dpvdm.fuzz.case=N:\n" + String.join("\n", failures));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Parse, classify, convert, diff; true when converted, false when refused as bad input. */
    private static boolean check(byte[] bytes, String id, List<String> failures) {
        Domain d;
        try {
            d = Domain.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (XmlException e) {
            String msg = e.getMessage();
            if (msg == null || msg.isBlank() || msg.contains("\n")) {
                failures.add(id + ": a refusal must be one line, got: " + msg);
            }
            return false;
        }
        Classifier.classify(d);
        Conversion c = Converter.convert(d, Selection.all().withCdroms());
        c.diff("a", "b");
        String out = c.result().toXml();
        XmlDocument back;
        try {
            back = XmlParser.parse(out);
        } catch (XmlException e) {
            failures.add(id + ": the converted XML is not well-formed: " + e.getMessage());
            return true;
        }
        if (!c.changed() && !out.equals(d.toXml())) {
            failures.add(id + ": nothing was switched but the XML changed");
        }
        String lost = lossless(d.document(), back, c.changes().size());
        if (!lost.isEmpty()) {
            failures.add(id + ": " + lost);
        }
        try {
            Classifier.classify(Domain.of(back));
        } catch (XmlException e) {
            failures.add(id + ": the converted XML is no longer a domain: " + e.getMessage());
        }
        return true;
    }

    /** "" when the result equals the input outside the switched devices, and every other device is unchanged. */
    static String lossless(XmlDocument before, XmlDocument after, int changes) {
        XmlDocument a = before.copy();
        XmlDocument b = after.copy();
        List<String> devA = strip(a);
        List<String> devB = strip(b);
        if (!XmlEquivalence.equivalent(a, b)) {
            return "changed outside disks, NICs and controllers";
        }
        List<String> left = new ArrayList<>(devB);
        int kept = 0;
        for (String dev : devA) {
            if (left.remove(dev)) {
                kept++;
            }
        }
        return kept + changes >= devA.size() ? "" : (devA.size() - kept) + " device(s) changed but only " + changes
                + " switch(es) planned";
    }

    /** Removes the switchable devices from the tree; returns them as written. */
    private static List<String> strip(XmlDocument doc) {
        List<String> out = new ArrayList<>();
        for (XmlElement devices : doc.root().elements("devices")) {
            for (XmlElement e : devices.elements()) {
                if (SWITCHED.contains(e.name())) {
                    out.add(XmlWriter.write(e).strip());
                    devices.removeElement(e);
                }
            }
        }
        return out;
    }

    private void cli(byte[] bytes, int i, String id, List<String> failures) throws java.io.IOException {
        Path in = tmp.resolve("in-" + i + ".xml");
        Files.write(in, bytes);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"xml", "convert", "--out", tmp.resolve("out").toString(), in.toString()},
                new PrintWriter(out), new PrintWriter(err));
        String e = err.toString();
        if (!CLI_EXITS.contains(code) || e.contains("\tat ") || e.contains("internal error")) {
            failures.add(id + ": pvdm xml convert exited " + code + ": " + e.strip());
        }
        if (code == 0) {
            try {
                XmlParser.parse(Files.readString(tmp.resolve("out").resolve(in.getFileName())));
            } catch (XmlException x) {
                failures.add(id + ": pvdm xml convert wrote XML that is not well-formed: " + x.getMessage());
            }
        }
        Files.deleteIfExists(in);
    }
}
