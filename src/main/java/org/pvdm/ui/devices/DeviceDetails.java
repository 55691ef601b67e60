package org.pvdm.ui.devices;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pvdm.model.classify.BootDisk;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.domain.Nic;
import org.pvdm.model.domain.OsFamily;
import org.pvdm.model.xml.XmlElement;
import org.pvdm.model.xml.XmlException;

/**
 * What the devices view adds to each verdict, read from the guest's definition: where a disk's data lives,
 * which disk boots, the network a NIC is on, and the Windows boot-disk risk. Pure: parsed off the FX thread.
 *
 * @param text       device name (target or lower-case MAC) to its source or network, nothing else
 * @param bootDisk   the target of the disk that boots the guest, "" when none does by its XML
 * @param bootRisk   what switching the boot disk risks ("" when nothing beyond the usual): Windows' 0x7B
 * @param sizes      disk target to its size text (filled by {@link DetailsReader}; absent: not asked)
 * @param madeUpSizes true when the host answers every disk with the same made-up size (libvirt's test driver)
 */
public record DeviceDetails(Map<String, String> text, String bootDisk, String bootRisk, Map<String, String> sizes,
                            boolean madeUpSizes) {
    public static final DeviceDetails NONE = new DeviceDetails(Map.of(), "", "", Map.of(), false);

    /** Said in the Reason cell of a Windows boot disk not yet on a paravirtual bus (first: the cell shows 2 lines). */
    static final String WINDOWS_BOOT_RISK = "Windows boot disk: stops with 0x7B if switched before a"
            + " paravirtual driver is installed (INACCESSIBLE_BOOT_DEVICE).";

    public DeviceDetails {
        text = Map.copyOf(text);
        sizes = Map.copyOf(sizes);
    }

    static DeviceDetails of(String xml, String osId) throws XmlException {
        return of(Domain.parse(xml), osId);
    }

    static DeviceDetails of(Domain d, String osId) {
        Optional<Disk> boot = BootDisk.of(d);
        String bootDev = boot.map(Disk::target).orElse("");
        boolean windows = OsFamily.fromLibosinfoId(osId) == OsFamily.WINDOWS;
        Map<String, String> out = new LinkedHashMap<>();
        String risk = "";
        for (Disk disk : d.disks()) {
            out.put(disk.target(), source(disk));
            if (disk.target().equals(bootDev) && windows && !disk.bus().equals("virtio") && !disk.bus().equals("xen")) {
                risk = WINDOWS_BOOT_RISK;
            }
        }
        for (Nic nic : d.nics()) {
            String where = nic.source().isEmpty() ? nic.type() : nic.type() + " " + nic.source();
            out.put(nic.mac().toLowerCase(Locale.ROOT), "network: " + where);
        }
        return new DeviceDetails(out, bootDev, risk, Map.of(), false);
    }

    /** A file or block path as it is; a pool volume as POOL/VOLUME; a network disk as PROTOCOL NAME (host). */
    static String source(Disk disk) {
        Optional<XmlElement> src = disk.element().child("source");
        if (disk.source().isEmpty() || src.isEmpty()) {
            return "(no source: empty drive)";
        }
        XmlElement s = src.get();
        if (s.attr("volume") != null) {
            return "volume " + (s.attr("pool") == null ? "" : s.attr("pool") + "/") + s.attr("volume");
        }
        if (s.attr("protocol") != null) {
            String host = s.child("host").map(h -> h.attr("name")).orElse(null);
            return s.attr("protocol") + " " + disk.source() + (host == null ? "" : " on " + host);
        }
        return disk.source();
    }

    /** The same details with the disks' sizes. */
    DeviceDetails withSizes(Map<String, String> found, boolean madeUp) {
        return new DeviceDetails(text, bootDisk, bootRisk, found, madeUp);
    }

    /** The text for a device row ("" when unknown). */
    public String of(String deviceName) {
        return text.getOrDefault(deviceName, text.getOrDefault(deviceName.toLowerCase(Locale.ROOT), ""));
    }

    /** The size text of a disk row ("" for other devices or when not asked). */
    public String sizeOf(String deviceName) {
        return sizes.getOrDefault(deviceName, "");
    }
}
