package org.pvdm.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pvdm.host.Host;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.inventory.GuestRow;
import org.pvdm.inventory.Inventory;

/**
 * Slow links (docs/benchmarks.md, "Slow links"): defines N guests named i14scale-slow-NNNNN on the machine's
 * libvirtd (qemu:///system), lists them through a {@link LatencyProxy} as qemu+tcp://127.0.0.1:PORT/system at
 * the given round trip, then undefines them (also when the run fails). A benchmark, not a test. Nothing in the
 * machine's libvirt configuration changes: the proxy talks to libvirtd's own unix socket.
 *
 * <p>Arguments: [guests (1000)] [round trip ms (25)] [runs (3)] [keep: leave the guests defined for a virsh run]
 */
public final class SlowLinkBench {
    private static final String PREFIX = "i14scale-slow";

    private SlowLinkBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long rtt = args.length > 1 ? Long.parseLong(args[1]) : 25;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        boolean keep = args.length > 3 && args[3].equals("keep");
        List<String> defined = new ArrayList<>();
        try (Host system = LibvirtHosts.open("qemu:///system", true)) {
            long t = System.nanoTime();
            SystemGuests.define(system, PREFIX, n, defined);
            System.out.printf(Locale.ROOT, "defined %d guests in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
            try (LatencyProxy proxy = SystemGuests.slowLink(rtt)) {
                String uri = SystemGuests.uri(proxy);
                System.out.println("proxy: " + uri + " (" + rtt + " ms round trip added)");
                for (int r = 0; r < runs; r++) {
                    long s = System.nanoTime();
                    try (Host slow = LibvirtHosts.open(uri, false)) {
                        long c = System.nanoTime();
                        List<GuestRow> rows = new Inventory(slow).list();
                        long e = System.nanoTime();
                        long mine = rows.stream().filter(g -> g.name().startsWith(PREFIX) && g.error().isEmpty()).count();
                        System.out.printf(Locale.ROOT, "run %d: connect %.2f s, classified inventory of %d guests"
                                + " (%d of ours) %.2f s, total %.2f s%n", r + 1, (c - s) / 1e9, rows.size(), mine,
                                (e - c) / 1e9, (e - s) / 1e9);
                    }
                }
                if (keep) {
                    System.out.println("kept; press Enter to undefine (virsh -c " + uri + " now works)");
                    System.in.read();
                }
            }
        } finally {
            SystemGuests.undefine(PREFIX, defined);
        }
    }
}
