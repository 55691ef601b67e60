package org.pvdm.model.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pvdm.model.classify.Classifier;
import org.pvdm.model.classify.DeviceReport;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.domain.Flavour;
import org.pvdm.testsupport.Corpus;

/**
 * Every domain XML of the corpus (the shipped slice, or the full one when named), converted with every convertible device and the CD-ROMs: nothing else
 * changes, no emulated device is left on an x86 guest without a reason, no virtio disk keeps a drive address,
 * targets stay unique, and libvirt's schema accepts the result whenever it accepted the input. The figures go
 * to target/corpus-convert/report.md.
 */
class CorpusConversionTest {
    private static final Path OUT = Path.of("target", "corpus-convert");

    @Test
    void convertsTheWholeCorpus() throws Exception {
        List<Path> files = Corpus.files();
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

    /** Every other selection too: --only disks, --only nics, and each device named alone. */
    @Test
    void everySelectionKeepsTheDomainSound() throws Exception {
        List<Path> files = Corpus.files();
        List<String> failures = new ArrayList<>();
        int conversions = 0;
        for (Path file : files) {
            Domain original = Domain.parse(Files.readString(file, StandardCharsets.UTF_8));
            List<Selection> selections = new ArrayList<>(List.of(Selection.all(),
                    Selection.all().only(Selection.Only.DISKS), Selection.all().only(Selection.Only.NICS)));
            Classifier.classify(original).devices().forEach(d -> selections.add(Selection.devices(List.of(d.name()))));
            for (Selection sel : selections) {
                try {
                    Conversion c = Converter.convert(original, sel);
                    conversions++;
                    failures.addAll(check(file.getFileName() + " [" + sel + "]", c, false));
                    if (sel.byName() && c.changes().isEmpty() && c.refused().isEmpty()) {
                        failures.add(file.getFileName() + " [" + sel + "]: a named device neither switched nor refused");
                    }
                } catch (Exception | AssertionError e) {
                    failures.add(file.getFileName() + " [" + sel + "]: " + e);
                }
            }
        }
        assertEquals(List.of(), failures, failures.size() + " problems in " + conversions + " conversions");
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
}
