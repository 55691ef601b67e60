package org.pvdm.model.classify;

import java.util.Locale;

/** What kind of guest device a report is about. */
public enum DeviceKind {
    DISK, CDROM, FLOPPY, NIC, CONTROLLER;

    /** disk, cdrom, floppy, nic, controller: the stable JSON and CLI spelling. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Disks, CD-ROMs and floppies: the storage kinds. */
    public boolean storage() {
        return this == DISK || this == CDROM || this == FLOPPY;
    }
}
