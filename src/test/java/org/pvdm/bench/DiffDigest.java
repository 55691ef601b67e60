package org.pvdm.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.pvdm.model.classify.Classifier;
import org.pvdm.model.convert.Converter;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.convert.UnifiedDiff;
import org.pvdm.model.domain.Domain;

/**
 * Measures the unified diff on a corpus: one line per conversion (every selection the corpus test makes) with
 * the SHA-256 of its diff, then a large synthetic guest's diff time. Two runs' outputs compared line by line
 * prove that a new diff engine writes exactly what the old one did.
 * Run: java -cp target/classes:target/test-classes:DIFFUTILS_JAR org.pvdm.bench.DiffDigest CORPUS OUT
 */
public final class DiffDigest {
    private DiffDigest() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<String> out = new ArrayList<>();
        long nanos = 0;
        int diffs = 0;
        for (Path f : files) {
            Domain d = Domain.parse(Files.readString(f, StandardCharsets.UTF_8));
            List<Selection> selections = new ArrayList<>(List.of(Selection.all().withCdroms(), Selection.all(),
                    Selection.all().only(Selection.Only.DISKS), Selection.all().only(Selection.Only.NICS)));
            Classifier.classify(d).devices().forEach(r -> selections.add(Selection.devices(List.of(r.name()))));
            for (Selection sel : selections) {
                Domain after = Converter.convert(d, sel).result();
                long t = System.nanoTime();
                String diff = UnifiedDiff.of(d.toXml(), after.toXml(), "a", "b");
                nanos += System.nanoTime() - t;
                diffs++;
                out.add(root.relativize(f) + " [" + sel + "] "
                        + HexFormat.of().formatHex(sha.digest(diff.getBytes(StandardCharsets.UTF_8))));
            }
        }
        Files.write(Path.of(args[1]), out);
        System.out.printf("%d diffs of %d files in %.1f ms%n", diffs, files.size(), nanos / 1e6);
        for (int disks : new int[] {1_000, 10_000}) {
            StringBuilder a = new StringBuilder("<domain type='kvm'>\n  <devices>\n");
            StringBuilder b = new StringBuilder(a);
            for (int i = 0; i < disks; i++) {
                String src = "    <disk type='file' device='disk'>\n      <source file='/img/d" + i + ".qcow2'/>\n";
                a.append(src).append("      <target dev='hd").append(i).append("' bus='ide'/>\n")
                        .append("      <address type='drive' controller='0' bus='0' target='0' unit='0'/>\n    </disk>\n");
                b.append(src).append("      <target dev='vd").append(i).append("' bus='virtio'/>\n    </disk>\n");
            }
            a.append("  </devices>\n</domain>\n");
            b.append("  </devices>\n</domain>\n");
            long best = Long.MAX_VALUE;
            String diff = "";
            for (int run = 0; run < 5; run++) {
                long t = System.nanoTime();
                diff = UnifiedDiff.of(a.toString(), b.toString(), "a", "b");
                best = Math.min(best, System.nanoTime() - t);
            }
            System.out.printf("%d switched disks: best of 5 %.1f ms, diff %d lines, sha %s%n", disks, best / 1e6,
                    diff.lines().count(), HexFormat.of().formatHex(sha.digest(diff.getBytes(StandardCharsets.UTF_8))));
        }
    }
}
