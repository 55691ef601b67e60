package org.pvdm.model.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pvdm.model.classify.BootDisk;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;

/**
 * Xen HVM guests (docs/pv-rules.md): data disks hd and sd become PV-only xvd disks on bus xen; the boot disk keeps
 * its hd name (the classifier refuses it: firmware boots through the emulated path); NICs become netfront
 * (libvirt libxl_conf.c: model netfront gives a PV-only vif).
 */
final class XenHvmSwitch {
    private final TargetNames names;
    /** The disk kept for the firmware when the XML names no boot disk, if any. */
    private final Optional<Disk> keptForFirmware;
    private final List<String> bootDevices;

    XenHvmSwitch(Domain domain) {
        this.names = new TargetNames(domain);
        this.bootDevices = domain.os().bootDevices();
        this.keptForFirmware = BootDisk.of(domain).isPresent() ? Optional.empty()
                : domain.disks().stream().filter(d -> d.device().equals("disk") && !d.bus().equals("xen")).findFirst();
    }

    List<Change> apply(Picker.Picks picks) {
        List<Change> changes = new ArrayList<>();
        for (Picker.Item item : picks.chosen()) {
            if (item.kind() == DeviceKind.DISK) {
                Disk disk = Picker.disk(item);
                if (keptForFirmware.isPresent() && keptForFirmware.get().element() == disk.element()) {
                    // pvdm's own caution: an HVM guest booting from CD-ROM or network now (installing) boots
                    // its first hard disk later, and the firmware can boot only the emulated hd/sd path
                    picks.refused().add(new Refusal(item.name(), item.kind(), "Xen HVM guest names no boot disk"
                            + " (it boots from " + bootFrom() + "): its first hard disk keeps its name so the"
                            + " firmware can boot it later; PV drivers take it over at boot anyway"));
                    continue;
                }
                String before = disk.bus() + " " + disk.target();
                String newDev = names.nextXenHvm(disk.target());
                List<String> dropped = DiskMove.move(disk, newDev, "xen");
                changes.add(new Change(item.name(), item.kind(), before, "xen " + newDev,
                        "Xen HVM data disk: emulated twin + PV -> PV only (blkfront), same Xen disk number"
                        + " when free (xen-vbd-interface(7))" + DiskMove.droppedNote(dropped)));
            } else if (item.kind() == DeviceKind.NIC) {
                changes.add(NicSwitch.switchTo(Picker.nic(item), item.name(), "netfront",
                        "Xen HVM NIC: emulated twin + PV -> PV only (netfront)"));
            }
        }
        return changes;
    }

    private String bootFrom() {
        return bootDevices.isEmpty() ? "another device" : String.join(", ", bootDevices);
    }
}
