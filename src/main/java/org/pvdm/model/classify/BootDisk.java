package org.pvdm.model.classify;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;

/** Which disk the guest boots from, as far as its XML says. */
public final class BootDisk {
    private BootDisk() {}

    /**
     * The disk with the lowest per-device boot order; without per-device orders, the first hard disk
     * (device='disk') in the definition, which is what {@code <boot dev='hd'/>} and the default boot from.
     */
    public static Optional<Disk> of(Domain domain) {
        List<Disk> disks = domain.disks().stream().filter(d -> d.device().equals("disk")).toList();
        Optional<Disk> ordered = disks.stream().filter(d -> d.bootOrder() > 0)
                .min(Comparator.comparingInt(Disk::bootOrder));
        if (ordered.isPresent()) {
            return ordered;
        }
        boolean anyDeviceOrder = domain.disks().stream().anyMatch(d -> d.bootOrder() > 0)
                || domain.nics().stream().anyMatch(n -> n.element().child("boot").isPresent());
        List<String> devs = domain.os().bootDevices();
        if (anyDeviceOrder || (!devs.isEmpty() && !devs.contains("hd"))) {
            return Optional.empty();
        }
        return disks.stream().findFirst();
    }
}
