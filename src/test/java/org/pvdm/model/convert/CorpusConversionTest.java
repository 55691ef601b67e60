package org.pvdm.model.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pvdm.model.classify.Classifier;
import org.pvdm.model.classify.DeviceReport;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.domain.Flavour;
import org.pvdm.testsupport.Corpus;

/**
 * Every domain XML of ../shared/corpus, converted with every convertible device and the CD-ROMs: nothing else
 * changes, no emulated device is left on an x86 guest without a reason, no virtio disk keeps a drive address,
 * targets stay unique, and libvirt's schema accepts the result whenever it accepted the input. The figures go
 * to target/corpus-convert/report.md.
 */
class CorpusConversionTest {
    private static final Path OUT = Path.of("target", "corpus-convert");

    @Test
    void convertsTheWholeCorpus() throws Exception {
        List<Path> files = Corpus.files();
        assumeTrue(!files.isEmpty(), "skipped: ../shared/corpus is absent (no domain XML corpus on this machine)");
        Files.createDirectories(OUT.resolve("after"));
        List<String> failures = new ArrayList<>();
        CorpusFigures figures = new CorpusFigures(files.size());
        Map<Path, Path> converted = new LinkedHashMap<>();
        for (Path file : files) {
            String name = Corpus.root().relativize(file).toString();
            try {
                Domain original = Domain.parse(Files.readString(file, StandardCharsets.UTF_8));
                Conversion c = Converter.convert(original, Selection.all().withCdroms());
                figures.add(c);
                failures.addAll(check(name, c, true));
                Path after = OUT.resolve("after").resolve(name.replace('/', '_'));
                Files.writeString(after, c.result().toXml(), StandardCharsets.UTF_8);
                converted.put(file, after);
            } catch (Exception | AssertionError e) {
                failures.add(name + ": " + e);
            }
        }
        String schema = SchemaCheck.unavailable();
        if (schema.isEmpty()) {
            failures.addAll(schemaCheck(converted, figures));
        } else {
            figures.schemaSkipped = "skipped: " + schema;
            System.err.println("CorpusConversionTest: schema check " + figures.schemaSkipped);
        }
        Files.writeString(OUT.resolve("report.md"), figures.report(), StandardCharsets.UTF_8);
        assertEquals(List.of(), failures, failures.size() + " problems; figures in " + OUT.resolve("report.md"));
    }

    /** The checks; {@code everything} when all devices and the CD-ROMs were selected: then none may be left. */
    static List<String> check(String name, Conversion c, boolean everything) throws Exception {
        List<String> out = new ArrayList<>();
        String outside = Outside.of(c.original(), c.changes(), false);
        String outsideAfter = Outside.of(c.result(), c.changes(), true);
        if (!outside.equals(outsideAfter)) {
            out.add(name + ": something outside the converted devices changed:\n"
                    + UnifiedDiff.of(outside, outsideAfter, "before", "after"));
        }
        if (!c.result().toXml().equals(Domain.parse(c.result().toXml()).toXml())) {
            out.add(name + ": the result does not round-trip");
        }
        Set<String> refused = new HashSet<>();
        c.refused().forEach(r -> refused.add(r.device()));
        Flavour f = c.result().flavour();
        String arch = c.result().os().arch();
        boolean x86 = arch.isEmpty() || arch.equals("x86_64") || arch.equals("i686");
        if (everything && x86 && (f == Flavour.QEMU || f == Flavour.XEN_HVM)) {
            for (DeviceReport d : Classifier.classify(c.result()).devices()) {
                if (d.emulated() && !refused.contains(d.name())) {
                    out.add(name + ": still emulated without a reason: " + d);
                }
            }
        }
        for (Disk d : c.result().disks()) {
            if (d.bus().equals("virtio") && d.address().filter(a -> "drive".equals(a.attr("type"))).isPresent()) {
                out.add(name + ": virtio disk " + d.target() + " keeps a drive address");
            }
        }
        Set<String> before = duplicates(c.original());
        for (String dup : duplicates(c.result())) {
            if (!before.contains(dup)) {
                out.add(name + ": target " + dup + " is used twice");
            }
        }
        return out;
    }

    private static Set<String> duplicates(Domain d) {
        Set<String> seen = new HashSet<>();
        Set<String> dups = new HashSet<>();
        d.disks().forEach(disk -> {
            if (!seen.add(disk.target())) {
                dups.add(disk.target());
            }
        });
        return dups;
    }

    private static List<String> schemaCheck(Map<Path, Path> converted, CorpusFigures figures) throws Exception {
        List<Path> all = new ArrayList<>(converted.keySet());
        all.addAll(converted.values());
        Map<Path, Boolean> valid = SchemaCheck.validate(all);
        List<String> out = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<Path, Path> e : converted.entrySet()) {
            boolean before = valid.get(e.getKey());
            boolean after = valid.get(e.getValue());
            figures.schema(before, after);
            if (before && !after) {
                out.add(e.getKey().getFileName() + ": valid before, invalid after: " + e.getValue());
            }
            // the batch must agree with virt-xml-validate itself: check every 50th pair both ways
            if (checked++ % 50 == 0 && (SchemaCheck.virtXmlValidate(e.getKey()) != before
                    || SchemaCheck.virtXmlValidate(e.getValue()) != after)) {
                out.add(e.getKey().getFileName() + ": xmllint batch and virt-xml-validate disagree");
            }
        }
        return out;
    }

    /** Corpus-wide counts for the report. */
    static final class CorpusFigures {
        final int files;
        int converted;
        int unchanged;
        int guestsRefused;
        int validBefore;
        int validAfter;
        int validBoth;
        String schemaSkipped = "";
        final Map<String, Integer> changes = new TreeMap<>();
        final Map<String, Integer> refusals = new TreeMap<>();

        CorpusFigures(int files) {
            this.files = files;
        }

        void add(Conversion c) {
            if (c.changed()) {
                converted++;
            } else {
                unchanged++;
            }
            if (c.guestRefused()) {
                guestsRefused++;
            }
            c.changes().forEach(ch -> changes.merge(ch.kind().label() + ": " + shape(ch.from(), ch.device())
                    + " -> " + shape(ch.to(), ch.newName()), 1, Integer::sum));
            c.refused().forEach(r -> refusals.merge(ReasonKey.of(r), 1, Integer::sum));
        }

        private static String shape(String s, String name) {
            return s.isEmpty() ? "(none)" : s.replace(name, "NAME").replaceAll("scsi:\\d+", "scsi:N")
                    .replaceAll("\\b(hd|sd|vd|xvd)[a-z]+\\b", "$1X");
        }

        void schema(boolean before, boolean after) {
            validBefore += before ? 1 : 0;
            validAfter += after ? 1 : 0;
            validBoth += before && after ? 1 : 0;
        }

        String report() {
            StringBuilder sb = new StringBuilder("# Corpus conversion (all convertible devices plus CD-ROMs)\n\n");
            sb.append("- files: ").append(files).append('\n');
            sb.append("- converted (at least one device switched): ").append(converted).append('\n');
            sb.append("- unchanged: ").append(unchanged).append('\n');
            sb.append("- guests refused as a whole: ").append(guestsRefused).append('\n');
            sb.append("- device changes: ").append(changes.values().stream().mapToInt(Integer::intValue).sum())
                    .append("; refused devices: ").append(refusals.values().stream().mapToInt(Integer::intValue).sum())
                    .append('\n');
            if (schemaSkipped.isEmpty()) {
                sb.append("- schema-valid before (virt-xml-validate): ").append(validBefore).append('\n');
                sb.append("- schema-valid after: ").append(validAfter).append(" (valid before and after: ")
                        .append(validBoth).append(")\n");
            } else {
                sb.append("- schema check ").append(schemaSkipped).append('\n');
            }
            sb.append("\n### Changes by kind\n\n| count | change |\n|---:|---|\n");
            changes.forEach((k, v) -> sb.append("| ").append(v).append(" | ").append(k).append(" |\n"));
            sb.append("\n### Refused devices by reason\n\n| count | reason |\n|---:|---|\n");
            refusals.forEach((k, v) -> sb.append("| ").append(v).append(" | ").append(k).append(" |\n"));
            return sb.toString();
        }
    }
}
