package org.pvdm.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.inventory.HostRows;
import org.pvdm.inventory.Inventory;
import org.pvdm.inventory.ManyHosts;

/**
 * Many hosts where waiting dominates (docs/benchmarks.md, "Many hosts"): defines N guests named
 * s3perf-hosts-NNNNN on the machine's libvirtd (qemu:///system; never started), puts H {@link LatencyProxy}s
 * in front of it, each its own qemu+tcp://127.0.0.1:PORT/system host with the given round trip, then lists
 * (connect + classified inventory) each host alone, one after the other, and all H at once through
 * {@link ManyHosts} (what {@code pvdm list -c U1 -c U2 ...} runs); with a launcher path also as whole
 * {@code pvdm list --json} processes. Undefines the guests afterwards, also when the run fails. A benchmark,
 * not a test; nothing in the machine's libvirt configuration changes.
 *
 * <p>Arguments: [hosts (20)] [guests (100)] [round trip ms (25)] [runs (3)] [launcher, e.g. ./pvdm]
 */
public final class ManyHostsBench {
    static final String PREFIX = "s3perf-hosts";

    private ManyHostsBench() {}

    public static void main(String[] args) throws Exception {
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long rtt = args.length > 2 ? Long.parseLong(args[2]) : 25;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        String launcher = args.length > 4 ? args[4] : null;
        List<String> defined = new ArrayList<>();
        List<LatencyProxy> proxies = new ArrayList<>();
        try (Host system = LibvirtHosts.open("qemu:///system", true)) {
            for (int i = 0; i < n; i++) {
                defined.add(system.define(guest(i)));
            }
            List<String> uris = new ArrayList<>();
            for (int h = 0; h < hosts; h++) {
                LatencyProxy p = new LatencyProxy(Path.of("/run/libvirt/libvirt-sock"), rtt / 2);
                proxies.add(p);
                uris.add("qemu+tcp://127.0.0.1:" + p.port() + "/system");
            }
            System.out.printf(Locale.ROOT, "%d hosts (%d ms round trip each), %d guests of ours defined; load %.1f%n",
                    hosts, rtt, n, ProcessCpu.loadAverage());
            for (int r = 0; r < runs; r++) {
                double sum = 0;
                int rows = 0;
                for (String uri : uris) {
                    long t = System.nanoTime();
                    try (Host one = LibvirtHosts.open(uri, false)) {
                        rows += new Inventory(one).list().size();
                    }
                    sum += (System.nanoTime() - t) / 1e9;
                }
                long t = System.nanoTime();
                List<HostRows> all = ManyHosts.list(uris, uri -> LibvirtHosts.open(uri, false));
                double together = (System.nanoTime() - t) / 1e9;
                int allRows = all.stream().mapToInt(x -> x.rows().size()).sum();
                long failed = all.stream().filter(x -> x.error() != null).count();
                System.out.printf(Locale.ROOT, "in-process run %d: each alone mean %.2f s (sum %.1f s, %d guests);"
                        + " all %d at once %.2f s (%d guests, %d failed): %.2fx the mean, goal 1.20x; load %.1f%n",
                        r + 1, sum / hosts, sum, rows, hosts, together, allRows, failed, together / (sum / hosts),
                        ProcessCpu.loadAverage());
                if (launcher != null) {
                    processes(launcher, uris, r + 1);
                }
            }
        } finally {
            for (LatencyProxy p : proxies) {
                p.close();
            }
            undefine(defined);
        }
    }

    /** The same through whole pvdm processes: each host alone, then all with one --connect each. */
    private static void processes(String launcher, List<String> uris, int run) throws Exception {
        double sum = 0;
        for (String uri : uris) {
            sum += wall(List.of(launcher, "list", "--json", "-c", uri));
        }
        List<String> all = new ArrayList<>(List.of(launcher, "list", "--json"));
        for (String uri : uris) {
            all.add("-c");
            all.add(uri);
        }
        double together = wall(all);
        System.out.printf(Locale.ROOT, "processes run %d: each alone mean %.2f s; all %d at once %.2f s: %.2fx the"
                + " mean; load %.1f%n", run, sum / uris.size(), uris.size(), together, together / (sum / uris.size()),
                ProcessCpu.loadAverage());
    }

    private static double wall(List<String> command) throws Exception {
        long t = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command.subList(0, 3)) + "... failed: exit "
                    + (p.isAlive() ? "none" : p.exitValue()));
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private static void undefine(List<String> uuids) throws Exception {
        try (Host system = LibvirtHosts.open("qemu:///system", true)) {
            int gone = 0;
            for (GuestSummary g : system.guests()) {
                if (g.name().startsWith(PREFIX + "-") && uuids.contains(g.uuid())) {
                    system.undefine(g.uuid());
                    gone++;
                }
            }
            System.out.println("undefined " + gone + " guests");
        }
    }

    /** A guest that is never started: IDE disk + e1000, the files need not exist to be defined. */
    static String guest(int i) {
        return SlowLinkBench.guest(i).replace(SlowLinkBench.PREFIX, PREFIX);
    }
}
