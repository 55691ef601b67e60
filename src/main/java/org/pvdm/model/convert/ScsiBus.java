package org.pvdm.model.convert;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.classify.ScsiHbas;
import org.pvdm.model.domain.Controller;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlElement;

/**
 * The SCSI side of a KVM/QEMU domain: which controller each SCSI disk is on, which drive addresses are taken,
 * and the virtio-scsi controller new SCSI disks go to.
 */
final class ScsiBus {
    /** libvirt's paravirtual SCSI models (the classifier's list). */
    static final Set<String> PV_MODELS = Set.of("virtio-scsi", "virtio-transitional", "virtio-non-transitional");
    /** libvirt's QEMU default mapping of an address-less SCSI disk: 7 units per controller (virDomainDiskDefAssignAddress). */
    private static final int NARROW_UNITS = 7;

    private final Domain domain;
    private final List<Change> changes;
    private final PciRoom pci;
    private final Set<String> taken = new HashSet<>();
    /** Per controller, the lowest unit that may be free (units are only ever taken): keeps placing linear. */
    private final Map<Integer, Integer> firstFreeUnit = new HashMap<>();
    /** The virtio-scsi controller new SCSI disks go to, once known. */
    private Integer pvController;

    ScsiBus(Domain domain, List<Change> changes, PciRoom pci) {
        this.domain = domain;
        this.changes = changes;
        this.pci = pci;
        for (Disk d : domain.disks()) {
            if (d.bus().equals("scsi")) {
                int[] a = address(d);
                taken.add(key(a[0], a[1], a[2], a[3]));
            }
        }
    }

    /**
     * The controller a SCSI disk is on: its drive address, or, without one, where libvirt puts it from its
     * name (controller = index / 7), which is not always controller 0.
     */
    static int controllerOf(Disk disk) {
        return address(disk)[0];
    }

    /** controller, bus, target, unit of a SCSI disk, written or as libvirt will assign it. */
    private static int[] address(Disk disk) {
        Optional<XmlElement> a = disk.address().filter(x -> "drive".equals(x.attr("type")));
        if (a.isPresent()) {
            return new int[] {num(a.get(), "controller"), num(a.get(), "bus"), num(a.get(), "target"), num(a.get(), "unit")};
        }
        int idx = Math.max(0, DiskNames.toIndex(disk.target()));
        return new int[] {idx / NARROW_UNITS, 0, 0, idx % NARROW_UNITS};
    }

    private static int num(XmlElement e, String attr) {
        try {
            return e.attr(attr) == null ? 0 : Integer.decode(e.attr(attr).trim());
        } catch (NumberFormatException ex) {
            return 0;
        }
    }

    private static String key(int controller, int bus, int target, int unit) {
        return controller + ":" + bus + ":" + target + ":" + unit;
    }

    /**
     * The index of the virtio-scsi controller for a disk moving to SCSI: the first one the domain has, else a
     * new {@code <controller type='scsi' model='virtio-scsi'/>} (docs/pv-rules.md) at the lowest index no SCSI
     * controller or disk uses. Index 0 when it is free: libvirt fills any gap below with implicit controllers
     * of the default (emulated) model. -1 when a new controller is needed and there is no PCI slot for it.
     */
    int virtioScsiController(String forDevice) {
        if (pvController != null) {
            return pvController;
        }
        int found = findOrAdd(forDevice);
        if (found >= 0) {
            pvController = found;
        }
        return found;
    }

    private int findOrAdd(String forDevice) {
        Optional<Controller> pv = domain.controllers().stream()
                .filter(c -> c.type().equals("scsi") && PV_MODELS.contains(c.model())).findFirst();
        if (pv.isPresent()) {
            return pv.get().index();
        }
        Set<Integer> used = new HashSet<>();
        domain.controllers().stream().filter(c -> c.type().equals("scsi")).forEach(c -> used.add(c.index()));
        domain.disks().stream().filter(d -> d.bus().equals("scsi")).forEach(d -> used.add(controllerOf(d)));
        int index = 0;
        while (used.contains(index)) {
            index++;
        }
        if (!pci.take()) {
            return -1;
        }
        addController(index);
        changes.add(new Change("scsi:" + index, DeviceKind.CONTROLLER, "", "virtio-scsi scsi:" + index,
                "added: " + forDevice + " moves to SCSI and the guest had no virtio-scsi controller"));
        return index;
    }

    /**
     * Fills every gap below the highest SCSI controller index with a virtio-scsi controller: libvirt fills such a
     * gap with an implicit controller of the default model (lsilogic on x86: seen with virsh define on the
     * embedded QEMU driver), an emulated HBA nobody asked for. Nothing to do when the default is paravirtual.
     */
    void fillGaps(List<Refusal> refused) {
        String fallback = ScsiHbas.defaultModel(domain.os().arch(), domain.os().machine());
        if (ScsiHbas.PV_MODELS.contains(fallback)) {
            return;
        }
        Set<Integer> used = new HashSet<>();
        domain.controllers().stream().filter(c -> c.type().equals("scsi")).forEach(c -> used.add(c.index()));
        int max = used.stream().mapToInt(Integer::intValue).max().orElse(-1);
        for (Disk d : domain.disks()) {
            if (d.bus().equals("scsi")) {
                max = Math.max(max, controllerOf(d));
                used.add(controllerOf(d));
            }
        }
        for (int index = 0; index < max; index++) {
            if (used.contains(index)) {
                continue;
            }
            String name = "scsi:" + index;
            if (!pci.take()) {
                refused.add(new Refusal(name, DeviceKind.CONTROLLER, "the gap at " + name + " stays, and libvirt fills it"
                        + " with an emulated " + fallback + ": " + PciRoom.noRoom("a virtio-scsi controller")));
                continue;
            }
            addController(index);
            changes.add(new Change(name, DeviceKind.CONTROLLER, "", "virtio-scsi " + name, "added: libvirt would fill"
                    + " the gap below scsi:" + max + " with an implicit emulated " + fallback + " HBA"));
        }
    }

    /** Writes {@code <controller type='scsi' index='N' model='virtio-scsi'/>} beside the other controllers. */
    XmlElement addController(int index) {
        XmlElement devices = domain.devicesElement();
        List<XmlElement> controllers = devices.elements("controller");
        List<XmlElement> disks = devices.elements("disk");
        XmlElement c;
        if (!controllers.isEmpty()) {
            c = devices.addElementAfter(controllers.get(controllers.size() - 1), "controller");
        } else if (!disks.isEmpty()) {
            c = devices.addElementAfter(disks.get(disks.size() - 1), "controller");
        } else {
            c = devices.addElement("controller");
        }
        return c.setAttr("type", "scsi").setAttr("index", Integer.toString(index)).setAttr("model", "virtio-scsi");
    }

    /**
     * Points a disk at the first free unit of a controller with an explicit drive address. Dropping the address
     * instead would let libvirt place the disk by its name (controller = index / 7), often on the emulated HBA:
     * checked with libvirt 9.0.0's QEMU driver.
     */
    void place(Disk disk, int controller) {
        int unit = firstFreeUnit.getOrDefault(controller, 0);
        while (taken.contains(key(controller, 0, 0, unit))) {
            unit++;
        }
        taken.add(key(controller, 0, 0, unit));
        firstFreeUnit.put(controller, unit + 1);
        XmlElement addr = disk.address().orElse(null);
        if (addr == null) {
            addr = disk.element().addElement("address");
        } else {
            for (String attr : List.copyOf(addr.attributes().keySet())) {
                addr.removeAttr(attr);
            }
        }
        addr.setAttr("type", "drive").setAttr("controller", Integer.toString(controller)).setAttr("bus", "0")
                .setAttr("target", "0").setAttr("unit", Integer.toString(unit));
    }
}
