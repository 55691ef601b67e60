package org.pvdm.model.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.TreeSet;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.domain.Controller;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlElement;

/** The KVM/QEMU rules of docs/pv-rules.md and docs/conversion.md, applied to the picked devices of a domain copy. */
final class QemuSwitch {
    private final Domain domain;
    private final List<Change> changes = new ArrayList<>();
    private final TargetNames names;
    private final PciRoom pci;
    private final ScsiBus scsi;

    QemuSwitch(Domain domain) {
        this.domain = domain;
        this.names = new TargetNames(domain);
        this.pci = new PciRoom(domain);
        this.scsi = new ScsiBus(domain, changes, pci);
    }

    List<Change> apply(Picker.Picks picks) {
        // emulated SCSI HBAs first, so that disks moving to SCSI can use the converted controller
        TreeSet<Integer> hbas = new TreeSet<>();
        for (Picker.Item item : picks.chosen()) {
            if (item.kind() == DeviceKind.CONTROLLER) {
                hbas.add(Picker.controller(item).index());
            } else if (item.kind().storage() && Picker.disk(item).bus().equals("scsi")) {
                hbas.add(ScsiBus.controllerOf(Picker.disk(item)));
            }
        }
        hbas.forEach(index -> switchHba(index, picks));
        for (Picker.Item item : picks.chosen()) {
            if (item.kind().storage() && !Picker.disk(item).bus().equals("scsi")) {
                switchDisk(Picker.disk(item), item.kind(), picks.refused());
            } else if (item.kind() == DeviceKind.NIC) {
                String model = item.report().busOrModel();
                changes.add(NicSwitch.switchTo(Picker.nic(item), item.name(), "virtio", (model.isEmpty()
                        ? "no model: the hypervisor's default NIC is emulated" : "emulated " + model + " NIC")
                        + " -> virtio-net"));
            }
        }
        return changes;
    }

    /**
     * An emulated HBA becomes virtio-scsi; its disks keep their sd names and addresses (docs/pv-rules.md: "change
     * the controller's model instead"). All disks on the controller follow: they share its model.
     */
    private void switchHba(int index, Picker.Picks picks) {
        String name = "scsi:" + index;
        Optional<Controller> written = domain.controller("scsi", index);
        String oldModel = written.map(Controller::model).filter(m -> !m.isEmpty()).orElse("default");
        if (written.isPresent() && ScsiBus.PV_MODELS.contains(oldModel)) {
            // an address-less disk the classifier put on controller 0 that libvirt places here by its name
            for (Picker.Item item : picks.chosen()) {
                if (item.kind().storage() && ScsiBus.controllerOf(Picker.disk(item)) == index) {
                    picks.refused().add(new Refusal(item.name(), item.kind(), "already on the virtio-scsi controller "
                            + name + " (libvirt places an address-less " + item.name() + " there by its name)"));
                }
            }
            return;
        }
        String note;
        if (written.isPresent()) {
            written.get().setModel("virtio-scsi");
            note = dropNonPciAddress(written.get().element());
        } else {
            scsi.addController(index);
            note = "; the controller was implicit (libvirt's default model): written out as virtio-scsi";
        }
        changes.add(new Change(name, DeviceKind.CONTROLLER, oldModel + " " + name, "virtio-scsi " + name,
                "emulated SCSI HBA -> virtio-scsi; its disks keep their names and addresses" + note));
        for (Disk d : domain.disks()) {
            if (d.bus().equals("scsi") && ScsiBus.controllerOf(d) == index) {
                picks.refused().removeIf(r -> r.device().equals(d.target()));
                changes.add(new Change(d.target(), kindOf(d), "scsi " + d.target() + " (" + oldModel + " " + name + ")",
                        "scsi " + d.target() + " (virtio-scsi " + name + ")", "follows its controller " + name
                        + " (every device on an HBA goes with its model)"));
            }
        }
    }

    private static String dropNonPciAddress(XmlElement controller) {
        Optional<XmlElement> addr = controller.child("address");
        if (addr.isPresent() && !"pci".equals(addr.get().attr("type"))) {
            controller.removeElement(addr.get());
            return "; dropped its " + addr.get().attr("type") + " address (virtio-scsi is a PCI device)";
        }
        return "";
    }

    /**
     * IDE, SATA, USB (and SD card) disks go to virtio-blk; a disk with wwn, vendor or product, and a CD-ROM,
     * go to SCSI on virtio-scsi instead (libvirt: "Only ide and scsi disk support wwn"; virtio-blk has no
     * CD-ROM).
     */
    private void switchDisk(Disk disk, DeviceKind kind, List<Refusal> refused) {
        String oldName = disk.target();
        String before = disk.bus() + " " + oldName;
        boolean toScsi = kind == DeviceKind.CDROM || disk.hasScsiIdentity();
        int controller = toScsi ? scsi.virtioScsiController(disk.target()) : -1;
        if (toScsi ? controller < 0 : !pci.take()) {
            refused.add(new Refusal(disk.target(), kind, PciRoom.noRoom(toScsi ? "its virtio-scsi controller" : "virtio-blk")));
            return;
        }
        String newBus = toScsi ? "scsi" : "virtio";
        String prefix = toScsi ? "sd" : "vd";
        // a SATA or USB sdX disk moving to SCSI keeps its name: it is its own, and already of the right prefix
        String newDev = DiskNames.prefix(disk.target()).equals(prefix) ? disk.target() : names.next(prefix);
        String why = toScsi
                ? (kind == DeviceKind.CDROM ? "CD-ROM (on request): virtio-blk has no CD-ROM, so SCSI on virtio-scsi"
                        : "carries wwn/vendor/product, which libvirt allows only on SCSI: SCSI on virtio-scsi")
                : "emulated " + disk.bus().toUpperCase(Locale.ROOT) + " disk -> virtio-blk";
        List<String> dropped = DiskMove.move(disk, newDev, newBus);
        if (toScsi) {
            scsi.place(disk, controller);
            why += " (controller scsi:" + controller + ")";
        }
        changes.add(new Change(oldName, kind, before, newBus + " " + newDev,
                why + DiskMove.droppedNote(dropped)));
    }

    private static DeviceKind kindOf(Disk d) {
        return switch (d.device()) {
            case "cdrom" -> DeviceKind.CDROM;
            case "floppy" -> DeviceKind.FLOPPY;
            default -> DeviceKind.DISK;
        };
    }
}
