package org.pvdm.model.classify;

import java.util.List;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Nic;

/** The rules of one flavour of guest. */
interface DeviceRules {
    DeviceReport disk(Disk disk);

    DeviceReport nic(Nic nic, int index);

    /** The controllers worth a verdict (SCSI host adapters). */
    List<DeviceReport> controllers();
}
