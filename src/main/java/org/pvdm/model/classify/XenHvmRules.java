package org.pvdm.model.classify;

import java.util.List;
import java.util.Optional;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.domain.Nic;

/**
 * Xen HVM guests: hd and sd disks and non-netfront NICs are offered emulated (QEMU) besides their PV
 * twin until PV drivers unplug the emulated copy; xvd disks and netfront NICs are PV only. The boot disk
 * keeps its hd name, since the firmware boots it through the emulated path.
 */
final class XenHvmRules implements DeviceRules {
    private final Optional<Disk> bootDisk;

    XenHvmRules(Domain domain) {
        this.bootDisk = BootDisk.of(domain);
    }

    @Override
    public DeviceReport disk(Disk disk) {
        DeviceKind kind = Classifier.kindOf(disk);
        String dev = disk.target();
        if (disk.bus().equals("xen") || dev.startsWith("xvd")) {
            return new DeviceReport(kind, dev, disk.bus(), Status.PARAVIRTUAL, false,
                    "xvd disk on a Xen HVM guest: PV block device only (blkfront)", "");
        }
        if (disk.bus().equals("virtio")) {
            return new DeviceReport(kind, dev, disk.bus(), Status.PARAVIRTUAL, false,
                    "virtio disk on a Xen HVM guest: QEMU's virtio-blk, already paravirtual; kept as it is", "");
        }
        if (disk.device().equals("lun")) {
            return new DeviceReport(kind, dev, disk.bus(), Status.EMULATED, false,
                    "device='lun' (SCSI passthrough): a LUN belongs on SCSI; pvdm never moves it to another bus", "");
        }
        if (kind != DeviceKind.DISK) {
            return new DeviceReport(kind, dev, disk.bus(), Status.EMULATED, false,
                    "Xen HVM " + kind.label() + ": emulated by QEMU; Xen has no PV " + kind.label() + " for HVM guests", "");
        }
        String emulated = "Xen HVM disk " + dev + ": offered through QEMU's emulated " + disk.bus().toUpperCase()
                + " until PV drivers in the guest unplug it";
        if (bootDisk.isPresent() && bootDisk.get().element() == disk.element()) {
            return new DeviceReport(kind, dev, disk.bus(), Status.EMULATED, false,
                    emulated + "; the boot disk keeps its name (firmware boots it emulated)",
                    "keep " + dev + "; install Xen PV drivers (they take it over at boot)");
        }
        return new DeviceReport(kind, dev, disk.bus(), Status.EMULATED, true, emulated, "xen (xvd*)");
    }

    @Override
    public DeviceReport nic(Nic nic, int index) {
        String model = nic.model();
        if (model.equals("netfront")) {
            return new DeviceReport(DeviceKind.NIC, nic.displayName(index), model, Status.PARAVIRTUAL, false,
                    "Xen netfront NIC: paravirtual only, no emulated twin", "");
        }
        if (EmulatedNames.PV_NIC_MODELS.contains(model.toLowerCase(java.util.Locale.ROOT))) {
            return new DeviceReport(DeviceKind.NIC, nic.displayName(index), model, Status.PARAVIRTUAL, false,
                    "model " + model + " on a Xen HVM guest: QEMU's virtio-net, already paravirtual; kept as it is", "");
        }
        String shown = model.isEmpty() ? "no model: Xen HVM offers an emulated rtl8139" : "model " + model
                + ": Xen HVM offers an emulated " + model;
        return new DeviceReport(DeviceKind.NIC, nic.displayName(index), model, Status.EMULATED, true,
                shown + " besides netfront until PV drivers take over", "netfront");
    }

    @Override
    public List<DeviceReport> controllers() {
        return List.of();
    }
}
