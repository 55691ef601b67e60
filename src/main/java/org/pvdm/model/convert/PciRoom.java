package org.pvdm.model.convert;

import java.util.HashSet;
import java.util.Set;
import org.pvdm.model.domain.Controller;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlElement;

/**
 * Free PCI slots on a conventional PCI machine (pci-root: i440fx, pseries). Each disk that moves to virtio-blk
 * and each added virtio-scsi controller needs a new slot. With bus 0 full and no pci-bridge with room,
 * libvirt 9.0.0 refuses the definition ("PCI controller at index 1 (0x01) has bus='0x01', but index must be
 * larger than bus": checked with corpus file pci-many.xml plus one address-less virtio disk). PCI Express
 * machines (pcie-root, q35) get new root ports from libvirt, so no limit is assumed there; neither when a
 * PCI device has no address yet (libvirt places it later, so the count would be a guess).
 */
final class PciRoom {
    /** Slots 1..31 of each conventional bus: slot 0 is the host bridge on pci-root, reserved on a pci-bridge. */
    private static final int SLOTS_PER_BUS = 31;

    private final boolean limited;
    private int free;

    PciRoom(Domain domain) {
        Set<Integer> buses = new HashSet<>();
        boolean pciRoot = false;
        boolean pcie = false;
        for (Controller c : domain.controllers()) {
            if (c.type().equals("pci")) {
                pciRoot |= c.model().equals("pci-root");
                pcie |= c.model().equals("pcie-root");
                if (c.model().equals("pci-root") || c.model().equals("pci-bridge")) {
                    buses.add(c.index());
                }
            }
        }
        Set<String> used = new HashSet<>();
        boolean unplaced = false;
        for (XmlElement device : domain.devices().map(XmlElement::elements).orElse(java.util.List.of())) {
            XmlElement addr = device.child("address").orElse(null);
            if (addr != null && "pci".equals(addr.attr("type"))) {
                int bus = number(addr.attr("bus"));
                int slot = number(addr.attr("slot"));
                if (buses.contains(bus) && slot > 0) {
                    used.add(bus + ":" + slot);
                }
            } else if (addr == null && needsPci(device)) {
                unplaced = true;
            }
        }
        this.limited = pciRoot && !pcie && !unplaced;
        this.free = buses.size() * SLOTS_PER_BUS - used.size();
    }

    /** Devices libvirt puts on PCI when they have no address (the common ones; enough to stay on the safe side). */
    private static boolean needsPci(XmlElement device) {
        return switch (device.name()) {
            case "interface", "video", "sound", "rng" -> true;
            case "memballoon" -> !"none".equals(device.attr("model"));
            case "disk" -> device.path("target").map(t -> "virtio".equals(t.attr("bus"))).orElse(false);
            case "controller" -> !"pci".equals(device.attr("type")) && !"ide".equals(device.attr("type"))
                    && !"fdc".equals(device.attr("type"));
            default -> false;
        };
    }

    private static int number(String s) {
        try {
            return s == null ? 0 : Integer.decode(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Reserves a slot; false when the machine surely has none left. */
    boolean take() {
        if (!limited) {
            return true;
        }
        if (free > 0) {
            free--;
            return true;
        }
        return false;
    }

    static String noRoom(String device) {
        return device + " needs a new PCI slot and this guest has none free (bus 0 full, no pci-bridge with room):"
                + " libvirt would refuse the definition; add a pci-bridge first";
    }
}
