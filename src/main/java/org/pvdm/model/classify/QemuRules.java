package org.pvdm.model.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pvdm.model.domain.Controller;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.domain.Nic;

/** KVM/QEMU guests: emulated buses and NIC models versus virtio. */
final class QemuRules implements DeviceRules {
    static final String TO_SCSI = "scsi on virtio-scsi";

    private final Domain domain;
    private final ScsiHbas hbas;

    QemuRules(Domain domain) {
        this.domain = domain;
        this.hbas = new ScsiHbas(domain);
    }

    @Override
    public DeviceReport disk(Disk disk) {
        DeviceKind kind = Classifier.kindOf(disk);
        String bus = disk.bus();
        String what = EmulatedNames.busLabel(bus) + " " + (kind == DeviceKind.CDROM ? "CD-ROM" : kind.label());
        if (kind == DeviceKind.FLOPPY) {
            return report(disk, kind, Status.EMULATED, false, "floppy: QEMU emulates the floppy controller;"
                    + " there is no paravirtual floppy (remove it when unused)", "");
        }
        if (disk.device().equals("lun") && !bus.equals("scsi") && !bus.equals("virtio")) {
            return report(disk, kind, Status.EMULATED, false, "device='lun' (SCSI passthrough) on bus '" + bus
                    + "': a LUN belongs on SCSI; pvdm never moves it to another bus", "");
        }
        switch (bus) {
            case "virtio":
                return report(disk, kind, Status.PARAVIRTUAL, false,
                        "virtio-blk: requests go to the host through shared memory rings, no disk emulation", "");
            case "xen":
                return report(disk, kind, Status.PARAVIRTUAL, false, "Xen PV block device: no disk emulation", "");
            case "scsi":
                return scsiDisk(disk, kind);
            case "ide", "sata", "usb", "sd":
                return report(disk, kind, Status.EMULATED, true,
                        what + ": every request traps into QEMU's " + EmulatedNames.busEmulation(bus),
                        suggestion(disk, kind));
            default:
                return report(disk, kind, Status.EMULATED, false,
                        "bus '" + bus + "': not a paravirtual bus, and pvdm knows no safe switch for it", "");
        }
    }

    private DeviceReport scsiDisk(Disk disk, DeviceKind kind) {
        ScsiHbas.Hba hba = hbas.of(disk.controllerIndex());
        String noun = kind == DeviceKind.CDROM ? "SCSI CD-ROM" : "SCSI " + kind.label();
        if (hba.paravirtual()) {
            return report(disk, kind, Status.PARAVIRTUAL, false,
                    noun + " on a virtio-scsi controller: paravirtual, no HBA emulation", "");
        }
        return report(disk, kind, Status.EMULATED, true,
                noun + " on an emulated HBA (" + hba.describe() + "): every command goes through its emulation",
                kind == DeviceKind.CDROM ? TO_SCSI + " (on request)" : TO_SCSI);
    }

    private static String suggestion(Disk disk, DeviceKind kind) {
        if (kind == DeviceKind.CDROM) {
            return TO_SCSI + " (on request)";
        }
        return disk.hasScsiIdentity() ? TO_SCSI : "virtio";
    }

    private static DeviceReport report(Disk disk, DeviceKind kind, Status status, boolean convertible, String reason,
                                       String suggestion) {
        return new DeviceReport(kind, disk.target(), disk.bus(), status, convertible, reason, suggestion);
    }

    @Override
    public DeviceReport nic(Nic nic, int index) {
        String model = nic.model().toLowerCase(Locale.ROOT);
        String name = nic.displayName(index);
        if (model.isEmpty()) {
            String arch = domain.os().arch().isEmpty() ? "x86_64" : domain.os().arch();
            DefaultNic d = DefaultNic.of(arch, domain.os().machine());
            if (d.paravirtual()) {
                return new DeviceReport(DeviceKind.NIC, name, "", Status.PARAVIRTUAL, false, "no model: " + d.why(), "");
            }
            return new DeviceReport(DeviceKind.NIC, name, "", Status.EMULATED, d.pciSlot(),
                    d.why().startsWith("no model") ? d.why() : "no model: " + d.why(), d.pciSlot() ? "virtio" : "");
        }
        if (EmulatedNames.PV_NIC_MODELS.contains(model)) {
            return new DeviceReport(DeviceKind.NIC, name, nic.model(), Status.PARAVIRTUAL, false,
                    EmulatedNames.pvNicReason(model), "");
        }
        return new DeviceReport(DeviceKind.NIC, name, nic.model(), Status.EMULATED, true,
                model + " NIC: every packet goes through QEMU's emulation of " + EmulatedNames.nicChip(model),
                "virtio");
    }

    @Override
    public List<DeviceReport> controllers() {
        List<DeviceReport> out = new ArrayList<>();
        for (Controller c : domain.controllers()) {
            if (!c.type().equals("scsi")) {
                continue;
            }
            ScsiHbas.Hba hba = hbas.of(c.index());
            out.add(hba.paravirtual()
                    ? new DeviceReport(DeviceKind.CONTROLLER, c.displayName(), c.model(), Status.PARAVIRTUAL, false,
                            "virtio-scsi HBA: paravirtual, SCSI commands go through virtqueues", "")
                    : new DeviceReport(DeviceKind.CONTROLLER, c.displayName(), c.model(), Status.EMULATED, true,
                            hba.describe() + ": QEMU emulates the HBA chip register by register", "virtio-scsi"));
        }
        return out;
    }
}
