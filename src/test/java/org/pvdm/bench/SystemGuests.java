package org.pvdm.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.libvirt.LibvirtHosts;

/**
 * What the slow-link benchmarks share: guests of their own on the machine's libvirtd (qemu:///system), named by
 * a prefix and never started, and slow links to that libvirtd through its own unix socket, so that nothing in the
 * machine's libvirt configuration changes.
 */
final class SystemGuests {
    private static final Path LIBVIRTD = Path.of("/run/libvirt/libvirt-sock");

    private SystemGuests() {}

    /** A link to the machine's libvirtd that adds {@code rttMs} to each round trip (half in each direction). */
    static LatencyProxy slowLink(long rttMs) throws IOException {
        return new LatencyProxy(LIBVIRTD, rttMs / 2);
    }

    /** The host behind that link, as pvdm and virsh reach it. */
    static String uri(LatencyProxy link) {
        return "qemu+tcp://127.0.0.1:" + link.port() + "/system";
    }

    /** Defines guests PREFIX-00000 to PREFIX-(n-1), adding each UUID to {@code defined} as soon as it exists. */
    static void define(Host system, String prefix, int n, List<String> defined) throws HostException {
        for (int i = 0; i < n; i++) {
            defined.add(system.define(guest(prefix, i)));
        }
    }

    /** Undefines those of the given guests that still carry the prefix: never another's guest of the same UUID. */
    static void undefine(String prefix, List<String> uuids) throws HostException {
        try (Host system = LibvirtHosts.open("qemu:///system", true)) {
            int gone = 0;
            for (GuestSummary g : system.guests()) {
                if (g.name().startsWith(prefix + "-") && uuids.contains(g.uuid())) {
                    system.undefine(g.uuid());
                    gone++;
                }
            }
            System.out.println("undefined " + gone + " guests");
        }
    }

    /** A guest that is never started: IDE disk + e1000, the files need not exist to be defined. */
    static String guest(String prefix, int i) {
        return String.format(Locale.ROOT, """
                <domain type='qemu'>
                  <name>%s-%05d</name>
                  <memory unit='MiB'>64</memory>
                  <vcpu>1</vcpu>
                  <os><type arch='x86_64' machine='pc'>hvm</type></os>
                  <devices>
                    <disk type='file' device='disk'><source file='/var/lib/libvirt/images/%s-%05d.qcow2'/>\
                <target dev='hda' bus='ide'/></disk>
                    <interface type='user'><model type='e1000'/></interface>
                  </devices>
                </domain>
                """, prefix, i, prefix, i);
    }
}
