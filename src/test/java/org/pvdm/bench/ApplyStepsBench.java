package org.pvdm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pvdm.host.Host;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.model.convert.Selection;
import org.pvdm.switching.Applier;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Planner;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.WriteAccess;

/**
 * Plan and apply per guest, step by step (docs/benchmarks.md, "Plan and apply"): on a generated test-driver host
 * in a temporary folder under FOLDER (its file system is the one whose syncs are measured), N shut-off guests are
 * planned and applied as `pvdm bench` does; each apply is cut at the progress lines the admin sees (re-read +
 * backup written and synced; journal + staleness check; define; verify; journal end), wall time per step,
 * medians and maxima. A benchmark, not a test; the folder is removed afterwards.
 *
 * <p>Arguments: [folder (/tmp)] [guests (30)]
 */
public final class ApplyStepsBench {
    private ApplyStepsBench() {}

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args.length > 0 ? args[0] : "/tmp");
        int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path dir = Files.createTempDirectory(base, "pvdm-apply-steps-");
        try {
            run(dir, wanted);
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void run(Path dir, int wanted) throws Exception {
        int n = wanted * 4;
        Path node = NodeFiles.write(dir.resolve("node.xml"), n, "steps");
        Map<String, List<Double>> steps = new LinkedHashMap<>();
        List<Double> plans = new ArrayList<>();
        List<Double> applies = new ArrayList<>();
        try (Host host = LibvirtHosts.open("test://" + node.toAbsolutePath(), true)) {
            Planner planner = new Planner(host);
            Applier applier = new Applier(host, new BackupStore(dir.resolve("backups")));
            for (int i = 0; i < n && plans.size() < wanted; i++) {
                if (!NodeFiles.shutOff(i) || NodeFiles.convertible(i) == 0) {
                    continue;
                }
                long t = System.nanoTime();
                Plan p = planner.plan(NodeFiles.name("steps", i), Selection.all(), PowerOptions.none(),
                        WriteAccess.allowed(), false);
                long planned = System.nanoTime();
                plans.add((planned - t) / 1e6);
                long[] last = {planned};
                String[] step = {"lock"};
                applier.apply(p, PowerOptions.none(), m -> {
                    long now = System.nanoTime();
                    steps.computeIfAbsent(step[0], k -> new ArrayList<>()).add((now - last[0]) / 1e6);
                    last[0] = now;
                    step[0] = label(m);
                });
                long done = System.nanoTime();
                steps.computeIfAbsent(step[0], k -> new ArrayList<>()).add((done - last[0]) / 1e6);
                applies.add((done - planned) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "%d guests on %s, load %.1f: plan median %.1f ms, apply median %.1f ms (max %.0f)%n",
                plans.size(), dir.getParent(), ProcessCpu.loadAverage(), median(plans), median(applies),
                Collections.max(applies));
        steps.forEach((s, v) -> System.out.printf(Locale.ROOT, "  %-52s median %6.2f ms, max %6.1f ms%n", s, median(v),
                Collections.max(v)));
    }

    /** The step that starts with this progress line, without the guest's name or the backup's path. */
    private static String label(String message) {
        String m = message.replaceAll("steps-\\d+.*|/.*", "").strip();
        return switch (m) {
            case "re-reading the definition of" -> "re-read, backup written and synced";
            case "backup written:" -> "journal written and synced, re-read, staleness";
            case "defining the new definition of" -> "define";
            case "verifying what libvirt stored" -> "re-read and verify";
            case "verified: every planned change is stored" -> "journal entry removed";
            case "done:" -> "after the last line";
            default -> m;
        };
    }

    private static double median(List<Double> v) {
        List<Double> c = new ArrayList<>(v);
        Collections.sort(c);
        return c.get(c.size() / 2);
    }
}
