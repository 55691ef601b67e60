package org.pvdm.model.convert;

import java.util.ArrayList;
import java.util.List;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;

/**
 * Xen HVM guests (pv-rules.md): data disks hd and sd become PV-only xvd disks on bus xen; the boot disk keeps
 * its hd name (the classifier refuses it: firmware boots through the emulated path); NICs become netfront
 * (libvirt libxl_conf.c: model netfront gives a PV-only vif).
 */
final class XenHvmSwitch {
    private final TargetNames names;

    XenHvmSwitch(Domain domain) {
        this.names = new TargetNames(domain);
    }

    List<Change> apply(Picker.Picks picks) {
        List<Change> changes = new ArrayList<>();
        for (Picker.Item item : picks.chosen()) {
            if (item.kind() == DeviceKind.DISK) {
                Disk disk = Picker.disk(item);
                String before = disk.bus() + " " + disk.target();
                String newDev = names.nextXenHvm();
                List<String> dropped = DiskMove.move(disk, newDev, "xen");
                changes.add(new Change(item.name(), item.kind(), before, "xen " + newDev,
                        "Xen HVM data disk: emulated twin + PV -> PV only (blkfront); xvd names start at xvde"
                        + " (xen-vbd-interface(7))" + DiskMove.droppedNote(dropped)));
            } else if (item.kind() == DeviceKind.NIC) {
                changes.add(NicSwitch.switchTo(Picker.nic(item), item.name(), "netfront",
                        "Xen HVM NIC: emulated twin + PV -> PV only (netfront)"));
            }
        }
        return changes;
    }
}
