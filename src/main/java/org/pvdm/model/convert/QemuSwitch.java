package org.pvdm.model.convert;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
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
        if (!hbas.isEmpty()) {
            // grouped once: looking up each HBA's disks and controller again would be quadratic on big guests
            Map<Integer, List<Disk>> onHba = new HashMap<>();
            for (Disk d : domain.disks()) {
                if (d.bus().equals("scsi")) {
                    onHba.computeIfAbsent(ScsiBus.controllerOf(d), k -> new ArrayList<>()).add(d);
                }
            }
            Map<Integer, Controller> written = new HashMap<>();
            domain.controllers().stream().filter(c -> c.type().equals("scsi")).forEach(c -> written.putIfAbsent(c.index(), c));
            Set<String> following = new HashSet<>();
            hbas.forEach(index -> switchHba(index, Optional.ofNullable(written.get(index)),
                    onHba.getOrDefault(index, List.of()), picks, following));
            picks.refused().removeIf(r -> following.contains(r.device()));
        }
        boolean scsiTouched = !hbas.isEmpty();
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
        if (scsiTouched || changes.stream().anyMatch(c -> c.newName().startsWith("scsi:") || c.to().startsWith("scsi "))) {
            scsi.fillGaps(picks.refused());
        }
        return changes;
    }

    /**
     * An emulated HBA becomes virtio-scsi; its disks keep their sd names and addresses (docs/pv-rules.md: "change
     * the controller's model instead"). All disks on the controller follow: they share its model.
     */
    private void switchHba(int index, Optional<Controller> written, List<Disk> disks, Picker.Picks picks,
                           Set<String> following) {
        String name = "scsi:" + index;
        String oldModel = written.map(Controller::model).filter(m -> !m.isEmpty()).orElse("default");
        if (written.isPresent() && ScsiBus.PV_MODELS.contains(oldModel)) {
            // an address-less disk the classifier put on controller 0 that libvirt places here by its name
            Set<Object> here = Collections.newSetFromMap(new IdentityHashMap<>());
            disks.forEach(d -> here.add(d.element()));
            for (Picker.Item item : picks.chosen()) {
                if (item.kind().storage() && here.contains(Picker.disk(item).element())) {
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
        for (Disk d : disks) {
            following.add(d.target());
            changes.add(new Change(d.target(), kindOf(d), "scsi " + d.target() + " (" + oldModel + " " + name + ")",
                    "scsi " + d.target() + " (virtio-scsi " + name + ")", "follows its controller " + name
                    + " (every device on an HBA goes with its model)"));
        }
    }

    private static String dropNonPciAddress(XmlElement controller) {
        Optional<XmlElement> addr = controller.child("address");
        if (addr.isPresent() && !"pci".equals(addr.get().attr("type"))) {
            controller.removeElement(addr.get());
            return "; dropped its " + addr.get().optAttr("type").orElse("untyped") + " address (virtio-scsi is a PCI device)";
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
