package org.pvdm.model.xml.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pvdm.model.xml.XmlDocument;
import org.pvdm.model.xml.XmlEquivalence;
import org.pvdm.model.xml.XmlOutput;
import org.pvdm.model.xml.XmlParser;
import org.pvdm.model.xml.XmlWriter;

/**
 * Cost of parse, copy, write and compare on hostile-but-valid domain XML: a description made of nothing but
 * {@code &amp;} references (1, 4 and 15 MB) and a metadata subtree nested thousands of levels deep. Not a test:
 * run it by hand (see docs/benchmarks.md) and record the figures there. Each phase is timed as the thread's
 * CPU time, which a busy machine inflates far less than wall time; parse is also given as wall time.
 */
public final class XmlBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private XmlBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.println("case | bytes | parse (wall) | parse | copy | write | file bytes | equivalent"
                + "  (median of " + runs + " runs, ms of thread CPU unless wall)");
        for (int mb : new int[] {1, 4, 15}) {
            measure(mb + " MB of &amp; in <description>", entities(mb * 1_000_000), runs);
        }
        for (int depth : new int[] {5_000, 100_000}) {
            measure(depth + " levels in <metadata>", deep(depth), runs);
        }
    }

    static byte[] entities(int bytes) {
        String head = "<domain type='kvm'>\n  <name>bench</name>\n  <description>";
        String tail = "</description>\n  <devices>\n    <disk type='file' device='disk'><target dev='hda' bus='ide'/></disk>\n"
                + "  </devices>\n</domain>\n";
        StringBuilder sb = new StringBuilder(bytes + 200).append(head);
        while (sb.length() + tail.length() + 5 <= bytes) {
            sb.append("&amp;");
        }
        return sb.append(tail).toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] deep(int depth) {
        StringBuilder sb = new StringBuilder("<domain type='kvm'>\n  <name>deep</name>\n  <metadata>");
        sb.append("<x>".repeat(depth)).append("leaf").append("</x>".repeat(depth));
        return sb.append("</metadata>\n</domain>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static void measure(String name, byte[] input, int runs) throws Exception {
        List<long[]> all = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) {
            long wall = System.nanoTime();
            long t0 = cpu();
            XmlDocument doc = XmlParser.parse(input);
            long t1 = cpu();
            wall = System.nanoTime() - wall;
            XmlDocument copy = doc.copy();
            long t2 = cpu();
            String text = XmlWriter.write(copy);
            long t3 = cpu();
            byte[] out = XmlOutput.bytes(copy);
            long t4 = cpu();
            boolean same = XmlEquivalence.equivalent(doc, copy);
            long t5 = cpu();
            if (!same || text.isEmpty() || out.length == 0) {
                throw new AssertionError(name + ": the copy is not equivalent");
            }
            if (i > 0) { // the first run warms up the JIT
                all.add(new long[] {wall, t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4});
            }
        }
        StringBuilder row = new StringBuilder(name).append(" | ").append(input.length);
        for (int k = 0; k < 6; k++) {
            List<Long> col = new ArrayList<>();
            for (long[] r : all) {
                col.add(r[k]);
            }
            Collections.sort(col);
            row.append(" | ").append(String.format("%.0f", col.get(col.size() / 2) / 1e6));
        }
        System.out.println(row);
    }
}
