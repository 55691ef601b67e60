package org.pvdm.model.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.xml.XmlElement;

/**
 * Moves one disk to a new bus and name, and drops what libvirt refuses on the new bus. Everything else on the
 * disk (source, driver, serial, wwn, boot order, alias, ...) stays as it was (docs/pv-rules.md, "Switching a disk").
 * Each rule below was checked against libvirt 9.0.0 (virsh define on the QEMU driver, or test:///default).
 */
final class DiskMove {
    /** Addresses a virtio or Xen disk can keep: a virtio disk with a drive or usb address is refused. */
    private static final Set<String> BUS_NEUTRAL_ADDRESSES = Set.of("pci", "ccw", "virtio-mmio");

    private DiskMove() {}

    /**
     * Sets the new target and bus and cleans up; returns what was dropped, for the change's reason.
     * The address is left alone here for SCSI (the caller points it at the virtio-scsi controller).
     */
    static List<String> move(Disk disk, String newDev, String newBus) {
        List<String> dropped = new ArrayList<>();
        String oldBus = disk.bus();
        disk.setTarget(newDev, newBus);
        // a live alias libvirt made names the old bus (ide0-0-0, sata0-0-1, usb-disk0): stale once the disk moves;
        // a user alias (ua-...) is the admin's own name and stays
        disk.element().child("alias").ifPresent(alias -> {
            String name = alias.optAttr("name").orElse("");
            if (!oldBus.equals(newBus) && !name.startsWith("ua-")) {
                disk.element().removeElement(alias);
                dropped.add("its alias '" + name + "'");
            }
        });
        XmlElement target = disk.element().child("target").orElseThrow();
        // "removable is only valid for usb disks" (libvirt 9.0.0 domain validation)
        dropAttr(target, "removable", !newBus.equals("usb"), dropped);
        // "rotation rate is only valid for SCSI/IDE/SATA bus" (libvirt 9.0.0 QEMU driver)
        dropAttr(target, "rotation_rate", !Set.of("scsi", "ide", "sata").contains(newBus), dropped);
        // "CHS translation mode can only be set for 'ide' bus" (libvirt 9.0.0 QEMU driver)
        disk.element().child("geometry").ifPresent(g -> dropAttr(g, "trans", !newBus.equals("ide"), dropped));
        if (!newBus.equals("scsi")) {
            // "virtio disk cannot have an address of type 'drive'" / "... of type 'usb'" (libvirt QEMU driver);
            // virtinst's change_bus() clears it too. libvirt assigns a fresh PCI address.
            Optional<XmlElement> addr = disk.address();
            String type = addr.map(a -> a.optAttr("type").orElse("")).orElse("");
            if (addr.isPresent() && !BUS_NEUTRAL_ADDRESSES.contains(type)) {
                disk.removeAddress();
                dropped.add(type.isEmpty() ? "its address without a type" : "its " + type + " address");
            }
        }
        return dropped;
    }

    private static void dropAttr(XmlElement e, String attr, boolean drop, List<String> dropped) {
        if (drop && e.attr(attr) != null) {
            dropped.add(e.name() + " " + attr + "='" + e.attr(attr) + "'");
            e.removeAttr(attr);
        }
    }

    /** ", dropped X and Y" or "". */
    static String droppedNote(List<String> dropped) {
        return dropped.isEmpty() ? "" : "; dropped " + String.join(", ", dropped) + " (invalid on the new bus)";
    }
}
