package org.pvdm.model.classify;

import java.util.Map;
import java.util.Set;

/** The words a person reads in the reasons: which hardware QEMU pretends to be. */
final class EmulatedNames {
    static final Set<String> PV_NIC_MODELS =
            Set.of("virtio", "virtio-transitional", "virtio-non-transitional", "virtio-net", "netfront", "spapr-vlan");

    private static final Map<String, String> NIC_CHIPS = Map.ofEntries(
            Map.entry("e1000", "the Intel 82540EM (e1000)"),
            Map.entry("e1000e", "the Intel 82574L (e1000e)"),
            Map.entry("rtl8139", "the Realtek RTL8139"),
            Map.entry("ne2k_pci", "the NE2000 PCI card"),
            Map.entry("ne2k_isa", "the NE2000 ISA card"),
            Map.entry("pcnet", "the AMD PCnet"),
            Map.entry("i82551", "the Intel 82551 (eepro100)"),
            Map.entry("i82557b", "the Intel 82557B (eepro100)"),
            Map.entry("i82559er", "the Intel 82559ER (eepro100)"),
            Map.entry("vmxnet3", "VMware's vmxnet3 (paravirtual only on VMware)"),
            Map.entry("usb-net", "a USB network adapter"));

    private static final Map<String, String> HBAS = Map.of(
            "lsilogic", "LSI Logic 53C895A HBA (lsilogic)",
            "lsisas1068", "LSI SAS1068 HBA (lsisas1068)",
            "lsisas1078", "LSI MegaRAID SAS1078 HBA (lsisas1078)",
            "buslogic", "BusLogic HBA (buslogic)",
            "ibmvscsi", "IBM virtual SCSI HBA (ibmvscsi)",
            "vmpvscsi", "VMware PVSCSI HBA (vmpvscsi, paravirtual only on VMware)",
            "am53c974", "AMD 53C974 HBA (am53c974)",
            "dc390", "Tekram DC-390 HBA (dc390)");

    private EmulatedNames() {}

    static String nicChip(String model) {
        return NIC_CHIPS.getOrDefault(model, "a '" + model + "' NIC");
    }

    static String pvNicReason(String model) {
        if (model.equals("spapr-vlan")) {
            return "PAPR virtual Ethernet: paravirtual (hypervisor calls), no NIC emulation";
        }
        if (model.equals("netfront")) {
            return "Xen netfront: paravirtual, no NIC emulation";
        }
        return "virtio-net: packets go through shared memory rings, no NIC emulation";
    }

    static String hbaLabel(String model) {
        return HBAS.getOrDefault(model, "'" + model + "' HBA");
    }

    static String busLabel(String bus) {
        return switch (bus) {
            case "ide" -> "IDE";
            case "sata" -> "SATA";
            case "usb" -> "USB";
            case "sd" -> "SD card";
            default -> bus;
        };
    }

    static String busEmulation(String bus) {
        return switch (bus) {
            case "ide" -> "IDE emulation";
            case "sata" -> "AHCI (SATA) emulation";
            case "usb" -> "USB mass-storage emulation";
            case "sd" -> "SD card emulation";
            default -> bus + " emulation";
        };
    }
}
