package org.pvdm.switching;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.convert.Change;
import org.pvdm.model.convert.Conversion;
import org.pvdm.model.domain.Flavour;

/**
 * Guests whose OS predates the paravirtual drivers (DOS, Windows before XP, BSDs and Linux distributions older
 * than their first virtio release) lose every switched device: the change is blocked unless the admin says the
 * drivers are there. The first releases with virtio come from each system's own records (the HISTORY section of
 * FreeBSD's virtio(4), OpenBSD's vio(4), NetBSD's virtio(4); RHEL 5.3's release notes; Linux 2.6.25 for
 * virtio_pci, first in Debian 5 and Fedora 9), listed in docs/conversion.md. An OS not in the table is judged
 * by the other checks (unknown OS: a warning).
 */
final class LegacyOs {
    /**
     * @param idPrefix     the libosinfo id up to the version
     * @param firstVirtio  the first version with virtio drivers; "" when none ever had them
     * @param pvOnXen      true when the table's claim also holds for Xen PV drivers
     */
    private record Entry(String idPrefix, String system, String firstVirtio, boolean pvOnXen) {}

    private static final List<Entry> TABLE = List.of(
            new Entry("http://microsoft.com/msdos/", "MS-DOS", "", true),
            new Entry("http://freedos.org/freedos/", "FreeDOS", "", true),
            new Entry("http://freebsd.org/freebsd/", "FreeBSD", "9.0", false),
            new Entry("http://openbsd.org/openbsd/", "OpenBSD", "5.3", false),
            new Entry("http://netbsd.org/netbsd/", "NetBSD", "6.0", false),
            new Entry("http://redhat.com/rhel/", "RHEL", "5.3", false),
            new Entry("http://debian.org/debian/", "Debian", "5", false),
            new Entry("http://fedoraproject.org/fedora/", "Fedora", "9", false));
    /** Windows releases no virtio-win or Xen PV driver package ever supported (virtio-win starts at XP/2003). */
    private static final Set<String> OLD_WINDOWS = Set.of("1.0", "2.0", "3.1", "95", "98", "me", "nt3.51", "nt4", "2k");

    private LegacyOs() {}

    static List<Check> run(Conversion c, Readiness.Evidence evidence) {
        String id = c.original().os().libosinfoId().orElse("");
        boolean xen = c.original().flavour() == Flavour.XEN_HVM;
        Optional<String> why = reason(id, xen);
        if (why.isEmpty()) {
            return List.of();
        }
        List<String> devices = c.changes().stream().filter(ch -> ch.kind() != DeviceKind.CONTROLLER || !ch.from().isEmpty())
                .map(Change::device).toList();
        String drivers = xen ? "Xen PV" : "virtio";
        if (evidence.driversConfirmed()) {
            return List.of(Check.warn("os-predates-pv", why.get() + "; you confirmed the guest has " + drivers
                    + " drivers anyway", devices));
        }
        return List.of(Check.block("os-predates-pv", why.get() + ": the guest would lose every switched device."
                + " Keep them emulated, or pass --drivers-installed if you added " + drivers + " drivers yourself", devices));
    }

    /** Why this OS has no paravirtual drivers, if the table says so. */
    static Optional<String> reason(String id, boolean xen) {
        if (id.startsWith("http://microsoft.com/win/")) {
            String version = id.substring("http://microsoft.com/win/".length());
            return OLD_WINDOWS.contains(version) ? Optional.of("Windows " + version + " (" + id + ") predates every"
                    + " paravirtual driver package (virtio-win and Xen's start at Windows XP/2003)") : Optional.empty();
        }
        for (Entry e : TABLE) {
            if (!id.startsWith(e.idPrefix()) || (xen && !e.pvOnXen())) {
                continue;
            }
            String version = id.substring(e.idPrefix().length());
            if (e.firstVirtio().isEmpty()) {
                return Optional.of(e.system() + " (" + id + ") has no " + (xen ? "Xen PV" : "virtio") + " drivers");
            }
            int cmp = compare(version, e.firstVirtio());
            if (cmp < 0 && cmp != Integer.MIN_VALUE) {
                return Optional.of(e.system() + " " + version + " (" + id + ") predates virtio: its first release with"
                        + " virtio drivers is " + e.firstVirtio());
            }
        }
        return Optional.empty();
    }

    /** Numeric comparison of dotted versions; Integer.MIN_VALUE when either is not numeric (no claim then). */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p;
            int q;
            try {
                p = i < x.length ? Integer.parseInt(x[i]) : 0;
                q = i < y.length ? Integer.parseInt(y[i]) : 0;
            } catch (NumberFormatException e) {
                return Integer.MIN_VALUE;
            }
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }
}
