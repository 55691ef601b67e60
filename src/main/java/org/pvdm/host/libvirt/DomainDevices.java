package org.pvdm.host.libvirt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.xml.XmlException;

/**
 * Just what the stats fallback needs from a guest's live XML: disk target devs and NIC (MAC, target dev)
 * pairs, read with the domain model.
 */
record DomainDevices(List<String> disks, List<Nic> nics) {

    /** @param targetDev the host-side device (vnet0), null when libvirt gave none (guest off, user networking) */
    record Nic(String mac, String targetDev) {}

    static final DomainDevices NONE = new DomainDevices(List.of(), List.of());

    /** The MAC of the NIC whose host-side device is dev, or null. */
    String macOf(String dev) {
        for (Nic n : nics) {
            if (dev.equals(n.targetDev()) || dev.equalsIgnoreCase(n.mac())) {
                return n.mac();
            }
        }
        return null;
    }

    /** Reads them through pvdm's one hardened XML model (no DOCTYPE, no entities, no recursion). */
    static DomainDevices parse(String xml) throws IOException {
        org.pvdm.model.domain.Domain domain;
        try {
            domain = org.pvdm.model.domain.Domain.parse(xml);
        } catch (XmlException e) {
            throw new IOException("unreadable domain XML: " + e.getMessage(), e);
        }
        List<String> disks = new ArrayList<>();
        for (Disk d : domain.disks()) {
            if (!d.target().isEmpty()) {
                disks.add(d.target());
            }
        }
        List<Nic> nics = new ArrayList<>();
        for (org.pvdm.model.domain.Nic n : domain.nics()) {
            if (!n.mac().isEmpty()) {
                nics.add(new Nic(n.mac(), n.hostDevice().isEmpty() ? null : n.hostDevice()));
            }
        }
        return disks.isEmpty() && nics.isEmpty() ? NONE : new DomainDevices(List.copyOf(disks), List.copyOf(nics));
    }
}
