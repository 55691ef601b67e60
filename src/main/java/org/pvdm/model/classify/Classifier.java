package org.pvdm.model.classify;

import java.util.ArrayList;
import java.util.List;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.domain.Flavour;
import org.pvdm.model.domain.Nic;

/**
 * Judges every disk, CD-ROM, floppy, NIC and SCSI controller of a domain by the rules in docs/pv-rules.md.
 * The flavour comes from the domain's own XML, never from the connection. Passthrough and host-side NICs
 * are listed as host-side: neither emulated nor paravirtual, never switched.
 */
public final class Classifier {
    private Classifier() {}

    public static GuestReport classify(Domain domain) {
        Flavour flavour = domain.flavour();
        String os = domain.os().libosinfoId().orElse("");
        if (flavour == Flavour.OTHER) {
            return new GuestReport(domain.name(), domain.uuid(), domain.type(), flavour, os, List.of(),
                    "domain type '" + domain.type() + "': pvdm judges KVM/QEMU and Xen guests only");
        }
        DeviceRules rules = switch (flavour) {
            case XEN_HVM -> new XenHvmRules(domain);
            case XEN_PV -> new XenPvRules();
            default -> new QemuRules(domain);
        };
        List<DeviceReport> out = new ArrayList<>();
        for (Disk disk : domain.disks()) {
            out.add(rules.disk(disk));
        }
        int index = 0;
        for (Nic nic : domain.nics()) {
            out.add(nic.passthrough() ? hostSide(nic, index) : rules.nic(nic, index));
            index++;
        }
        out.addAll(rules.controllers());
        return new GuestReport(domain.name(), domain.uuid(), domain.type(), flavour, os, List.copyOf(out), "");
    }

    /** Passthrough and host-side NICs are listed, so that every interface is accounted for, and never switched. */
    private static DeviceReport hostSide(Nic nic, int index) {
        String what = switch (nic.type()) {
            case "hostdev" -> "a host PCI/USB network device passed through (the guest drives the real hardware)";
            case "vhostuser" -> "vhost-user: a host process (e.g. DPDK, OVS) serves the guest's queues";
            case "vdpa" -> "vDPA: host hardware serves the guest's virtio queues";
            default -> "a host-side network device";
        };
        return new DeviceReport(DeviceKind.NIC, nic.displayName(index), nic.model(), Status.HOST_SIDE, false,
                "type '" + nic.type() + "': " + what + "; neither emulated nor pvdm's to change", "");
    }

    /** The report's kind for a disk element. */
    static DeviceKind kindOf(Disk disk) {
        return switch (disk.device()) {
            case "cdrom" -> DeviceKind.CDROM;
            case "floppy" -> DeviceKind.FLOPPY;
            default -> DeviceKind.DISK;
        };
    }
}
