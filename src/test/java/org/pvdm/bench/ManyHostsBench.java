package org.pvdm.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
    private static final String PREFIX = "s3perf-hosts";

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
            SystemGuests.define(system, PREFIX, n, defined);
            List<String> uris = new ArrayList<>();
            for (int h = 0; h < hosts; h++) {
                LatencyProxy p = SystemGuests.slowLink(rtt);
                proxies.add(p);
                uris.add(SystemGuests.uri(p));
            }
            System.out.printf(Locale.ROOT, "%d hosts (%d ms round trip each), %d guests of ours defined; load %.1f%n",
                    hosts, rtt, n, ProcessCpu.loadAverage());
            for (int r = 0; r < runs; r++) {
                double sum = 0;
                int rows = 0;
                long cpu = ProcessCpu.nanos();
                long daemon = libvirtdCpuTicks();
                for (String uri : uris) {
                    long t = System.nanoTime();
                    try (Host one = LibvirtHosts.open(uri, false)) {
                        rows += new Inventory(one).list().size();
                    }
                    sum += (System.nanoTime() - t) / 1e9;
                }
                double aloneCpu = (ProcessCpu.nanos() - cpu) / 1e9;
                double aloneDaemon = (libvirtdCpuTicks() - daemon) / 100.0;
                cpu = ProcessCpu.nanos();
                daemon = libvirtdCpuTicks();
                long t = System.nanoTime();
                List<HostRows> all = ManyHosts.list(uris, uri -> LibvirtHosts.open(uri, false));
                double together = (System.nanoTime() - t) / 1e9;
                double togetherCpu = (ProcessCpu.nanos() - cpu) / 1e9;
                double togetherDaemon = (libvirtdCpuTicks() - daemon) / 100.0;
                int allRows = all.stream().mapToInt(x -> x.rows().size()).sum();
                long failed = all.stream().filter(x -> x.error() != null).count();
                System.out.printf(Locale.ROOT, "in-process run %d: each alone mean %.2f s (sum %.1f s, %d guests);"
                        + " all %d at once %.2f s (%d guests, %d failed): %.2fx the mean, goal 1.20x; load %.1f%n",
                        r + 1, sum / hosts, sum, rows, hosts, together, allRows, failed, together / (sum / hosts),
                        ProcessCpu.loadAverage());
                System.out.printf(Locale.ROOT, "  CPU s (this process with its proxies / libvirtd): all alone %.1f / %.1f,"
                        + " all at once %.1f / %.1f%n", aloneCpu, aloneDaemon, togetherCpu, togetherDaemon);
                if (launcher != null) {
                    processes(launcher, uris, r + 1);
                }
            }
        } finally {
            for (LatencyProxy p : proxies) {
                p.close();
            }
            SystemGuests.undefine(PREFIX, defined);
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

    /** libvirtd's user + system CPU in clock ticks (1/100 s), -1 when it cannot be read. */
    private static long libvirtdCpuTicks() {
        try {
            String pid = java.nio.file.Files.readString(Path.of("/run/libvirtd.pid")).strip();
            String stat = java.nio.file.Files.readString(Path.of("/proc", pid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }
}
