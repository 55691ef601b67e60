package org.pvdm.ui.devices;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.pvdm.model.classify.BootDisk;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.domain.Nic;
import org.pvdm.model.domain.OsFamily;
import org.pvdm.model.xml.XmlException;

/**
 * What the devices view adds to each verdict, read from the guest's definition: where a disk's data lives,
 * which disk boots, the network a NIC is on, and the Windows boot-disk risk. Pure: parsed off the FX thread.
 *
 * @param text     device name (target or lower-case MAC) to its "Source / network" text
 * @param bootDisk the target of the disk that boots the guest, "" when none does by its XML
 */
public record DeviceDetails(Map<String, String> text, String bootDisk) {
    public static final DeviceDetails NONE = new DeviceDetails(Map.of(), "");

    public DeviceDetails {
        text = Map.copyOf(text);
    }

    static DeviceDetails of(String xml, String osId) throws XmlException {
        Domain d = Domain.parse(xml);
        Optional<Disk> boot = BootDisk.of(d);
        String bootDev = boot.map(Disk::target).orElse("");
        boolean windows = OsFamily.fromLibosinfoId(osId) == OsFamily.WINDOWS;
        Map<String, String> out = new LinkedHashMap<>();
        for (Disk disk : d.disks()) {
            String src = disk.source().isEmpty() ? "(no source: empty drive)" : disk.source();
            String text = src;
            if (disk.target().equals(bootDev)) {
                // the risk first: the cell may be too narrow for the rest
                text = windows && !disk.bus().equals("virtio") && !disk.bus().equals("xen")
                        ? "BOOT DISK of Windows: switched before a paravirtual driver is installed, Windows stops"
                                + " with 0x7B INACCESSIBLE_BOOT_DEVICE · " + src
                        : "BOOT DISK · " + src;
            }
            out.put(disk.target(), text);
        }
        for (Nic nic : d.nics()) {
            String where = nic.source().isEmpty() ? nic.type() : nic.type() + " " + nic.source();
            out.put(nic.mac().toLowerCase(java.util.Locale.ROOT), "network: " + where);
        }
        return new DeviceDetails(out, bootDev);
    }

    /** The text for a device row ("" when unknown). */
    public String of(String deviceName) {
        return text.getOrDefault(deviceName, text.getOrDefault(deviceName.toLowerCase(java.util.Locale.ROOT), ""));
    }
}
