package org.pvdm.model.classify;

import java.util.List;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Nic;

/** Xen PV guests have no device emulation at all: blkfront and netfront only. */
final class XenPvRules implements DeviceRules {
    private static final String WHY = "Xen PV guest: no device emulation, ";

    @Override
    public DeviceReport disk(Disk disk) {
        return new DeviceReport(Classifier.kindOf(disk), disk.target(), disk.bus(), Status.PARAVIRTUAL, false,
                WHY + "the guest reaches it through blkfront", "");
    }

    @Override
    public DeviceReport nic(Nic nic, int index) {
        return new DeviceReport(DeviceKind.NIC, nic.displayName(index), nic.model(), Status.PARAVIRTUAL, false,
                WHY + "the guest reaches it through netfront", "");
    }

    @Override
    public List<DeviceReport> controllers() {
        return List.of();
    }
}
