package org.pvdm.readiness;

import java.util.List;
import java.util.Locale;

/**
 * A kind of paravirtual device a guest needs a driver for, with the names each source uses for it: the PCI
 * ids libosinfo and the Windows agent report (legacy and modern virtio), the Linux module, the Windows driver.
 */
public enum PvKind {
    DISK(List.of("1001", "1042"), "virtio_blk", "viostor"),
    NIC(List.of("1000", "1041"), "virtio_net", "netkvm"),
    SCSI(List.of("1004", "1048"), "virtio_scsi", "vioscsi");

    /** Red Hat's PCI vendor id for virtio devices. */
    public static final String VIRTIO_VENDOR = "1af4";

    private final List<String> pciDevices;
    private final String linuxModule;
    private final String windowsDriver;

    PvKind(List<String> pciDevices, String linuxModule, String windowsDriver) {
        this.pciDevices = pciDevices;
        this.linuxModule = linuxModule;
        this.windowsDriver = windowsDriver;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** virtio PCI device ids (hex, lower case) of this kind. */
    public List<String> pciDevices() {
        return pciDevices;
    }

    public String linuxModule() {
        return linuxModule;
    }

    public String windowsDriver() {
        return windowsDriver;
    }

    /** libosinfo's device ids, e.g. http://pcisig.com/pci/1af4/1001. */
    public List<String> osinfoIds() {
        return pciDevices.stream().map(d -> "http://pcisig.com/pci/" + VIRTIO_VENDOR + "/" + d).toList();
    }
}
