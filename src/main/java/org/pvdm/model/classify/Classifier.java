package org.pvdm.model.classify;

import java.util.ArrayList;
import java.util.List;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.domain.Flavour;
import org.pvdm.model.domain.Nic;

/**
 * Judges every disk, CD-ROM, floppy, NIC and SCSI controller of a domain by the rules in docs/pv-rules.md.
 * The flavour comes from the domain's own XML, never from the connection. Passthrough and host-side
 * devices are left out: they are neither emulated nor paravirtual.
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
            if (!nic.passthrough()) {
                out.add(rules.nic(nic, index));
            }
            index++;
        }
        out.addAll(rules.controllers());
        return new GuestReport(domain.name(), domain.uuid(), domain.type(), flavour, os, List.copyOf(out), "");
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
