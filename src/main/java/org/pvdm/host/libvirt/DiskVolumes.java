package org.pvdm.host.libvirt;

import java.util.Optional;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.libvirt.StorageVolInfo;
import org.pvdm.host.DiskSize;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlElement;
import org.pvdm.model.xml.XmlException;

/**
 * A disk's size from its storage volume, when libvirt's block info cannot tell (a pool volume of a shut-off
 * guest: the QEMU driver has no backend for it there). Looked up by pool and volume name, or by file path.
 */
final class DiskVolumes {
    private DiskVolumes() {}

    /** The volume's size, empty when the disk names no volume or path that a pool knows. */
    static Optional<DiskSize> size(Connect conn, String xml, String target) throws LibvirtException {
        Optional<XmlElement> src = source(xml, target);
        if (src.isEmpty()) {
            return Optional.empty();
        }
        String pool = src.get().attr("pool");
        String volume = src.get().attr("volume");
        String file = src.get().attr("file") != null ? src.get().attr("file") : src.get().attr("dev");
        StorageVol vol;
        if (pool != null && volume != null) {
            StoragePool p = conn.storagePoolLookupByName(pool);
            try {
                vol = p.storageVolLookupByName(volume);
            } finally {
                p.free();
            }
        } else if (file != null && file.startsWith("/")) {
            vol = conn.storageVolLookupByPath(file);
        } else {
            return Optional.empty();
        }
        try {
            StorageVolInfo i = vol.getInfo();
            return Optional.of(new DiskSize(i.capacity, i.allocation, "storage volume"));
        } finally {
            vol.free();
        }
    }

    private static Optional<XmlElement> source(String xml, String target) {
        try {
            return Domain.parse(xml).disks().stream().filter(d -> d.target().equals(target)).findFirst()
                    .map(Disk::element).flatMap(e -> e.child("source"));
        } catch (XmlException e) {
            return Optional.empty();
        }
    }
}
