package org.pvdm.switching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pvdm.model.classify.BootDisk;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.convert.Change;
import org.pvdm.model.convert.Conversion;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.domain.OsLabels;
import org.pvdm.model.domain.Flavour;
import org.pvdm.model.domain.OsFamily;
import org.pvdm.readiness.KindReadiness;
import org.pvdm.readiness.PvKind;
import org.pvdm.readiness.DriverReadiness;
import org.pvdm.readiness.ReadyVerdict;

/**
 * Driver readiness as far as the XML tells (docs/pv-rules.md "When a switch is safe"): a Windows boot disk moves
 * only with proof of a driver (a paravirtual disk of the same kind already attached, the documented safe
 * path), or the admin's word; everything the XML cannot show is said as a warning.
 */
final class DriverChecks {
    private DriverChecks() {}

    static List<Check> run(Conversion c, boolean driversConfirmed, Optional<DriverReadiness> readiness) {
        Domain d = c.original();
        OsFamily family = d.os().family();
        boolean xen = d.flavour() == Flavour.XEN_HVM;
        String os = d.os().libosinfoId().orElse("");
        List<String> disks = names(c, true);
        List<String> nics = names(c, false);
        Optional<String> boot = BootDisk.of(d).map(Disk::target).filter(disks::contains);
        List<Check> out = new ArrayList<>();
        switch (family) {
            case WINDOWS -> {
                boot.ifPresent(b -> out.add(windowsBoot(c, b, driversConfirmed, xen, readiness)));
                List<String> data = disks.stream().filter(n -> boot.map(b -> !b.equals(n)).orElse(true)).toList();
                if (!data.isEmpty()) {
                    out.add(Check.warn("disk-drivers", OsLabels.windows(os) + " sees " + String.join(", ", data)
                            + " only once the " + (xen ? "Xen PV block driver (VMDP)" : "viostor/vioscsi driver (VMDP or"
                            + " virtio-win)") + " is installed", data));
                }
                if (!nics.isEmpty()) {
                    out.add(Check.warn("nic-drivers", OsLabels.windows(os) + " loses its network on " + String.join(", ", nics)
                            + " until the " + (xen ? "Xen PV network driver (VMDP)" : "netkvm driver (VMDP or virtio-win)")
                            + " is installed; keep console access", nics));
                }
            }
            case LINUX -> {
                if (!disks.isEmpty()) {
                    out.add(Check.warn("linux-initramfs", "Linux (" + os + "): " + (xen ? "xen-blkfront" : "virtio_blk,"
                            + " virtio_scsi and virtio_pci") + " must be in the initramfs, and /etc/fstab must mount by"
                            + " UUID= or LABEL= rather than /dev/hdX or /dev/sdX: the XML cannot show either", disks));
                }
                if (!nics.isEmpty()) {
                    out.add(Check.ok("nic-drivers", "Linux (" + os + ") has " + (xen ? "xen-netfront" : "virtio_net")
                            + " in every distribution kernel; the MAC is kept", nics));
                }
            }
            default -> out.add(Check.warn("os-unknown", "guest OS " + (os.isEmpty() ? "unknown (no libosinfo metadata)"
                    : "not recognised (" + os + ")") + ": make sure it has " + (xen ? "Xen PV" : "virtio")
                    + " drivers before the switch (Windows: VMDP or virtio-win; Linux: the modules in its initramfs)",
                    concat(disks, nics)));
        }
        return out;
    }

    private static Check windowsBoot(Conversion c, String boot, boolean confirmed, boolean xen,
                                     Optional<DriverReadiness> readiness) {
        Optional<String> proof = c.original().disks().stream()
                .filter(x -> x.device().equals("disk") && (x.bus().equals(xen ? "xen" : "virtio")))
                .map(Disk::target).findFirst();
        if (confirmed) {
            return Check.warn("boot-driver", "Windows boot disk " + boot + ": you confirmed its paravirtual driver is"
                    + " installed as a boot-start driver; if it stops with 0x7B, roll back", List.of(boot));
        }
        Optional<KindReadiness> disk = readiness.map(r -> r.of(PvKind.DISK));
        if (!xen && disk.isPresent() && disk.get().verdict() == ReadyVerdict.READY) {
            return Check.warn("boot-driver", "Windows boot disk " + boot + ": its driver is ready (" + disk.get().because()
                    + "); if it stops with 0x7B, roll back", List.of(boot));
        }
        if (proof.isPresent()) {
            return Check.warn("boot-driver", "Windows boot disk " + boot + ": " + proof.get() + " is already paravirtual,"
                    + " so the driver should be bound (the safe path); if it stops with 0x7B, roll back", List.of(boot));
        }
        return Check.block("boot-driver", "Windows boot disk " + boot + " without proof of a paravirtual driver: it would"
                + " stop with 0x7B INACCESSIBLE_BOOT_DEVICE. Install VMDP or virtio-win, switch a data disk first (or"
                + " attach a small virtio disk) and boot once, or pass --drivers-installed", List.of(boot));
    }

    private static List<String> names(Conversion c, boolean storage) {
        return c.changes().stream()
                .filter(ch -> storage ? ch.kind() == DeviceKind.DISK || ch.kind() == DeviceKind.CDROM
                        : ch.kind() == DeviceKind.NIC)
                .map(Change::device).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
