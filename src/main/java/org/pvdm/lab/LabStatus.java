package org.pvdm.lab;

import java.nio.file.Path;
import java.util.List;

/**
 * What the lab has on this machine now.
 *
 * @param accelerator how the lab guests run (from the last lab up), null when unknown
 * @param files       the files the lab made that exist now (data disks, console logs)
 * @param build       the guest build directory (kernel, initramfs) or null when it was never built
 */
public record LabStatus(String uri, Accelerator accelerator, LabBridgeStatus bridge, List<LabGuestStatus> guests,
                        List<Path> files, Path build) {
    public LabStatus {
        guests = List.copyOf(guests);
        files = List.copyOf(files);
    }

    /** True when nothing of the lab is left: no guest, no bridge it made, no file. */
    public boolean empty() {
        return guests.isEmpty() && !(bridge.exists() && bridge.madeByLab()) && files.isEmpty();
    }
}
