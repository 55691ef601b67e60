package org.pvdm.model.domain;

/** What kind of virtual hardware a guest has, from its own XML (domain type and {@code <os><type>}). */
public enum Flavour {
    /** QEMU with or without KVM (also libvirt's test driver, which mimics it). */
    QEMU("KVM/QEMU"),
    /** Xen fully virtualised guest: emulated devices plus PV drivers that unplug them. */
    XEN_HVM("Xen HVM"),
    /** Xen paravirtualised guest: only PV devices. */
    XEN_PV("Xen PV"),
    /** Anything else (lxc, vmware, ...): pvdm does not judge its devices. */
    OTHER("other");

    private final String label;

    Flavour(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Flavour of(String domainType, String osType) {
        return switch (domainType) {
            case "kvm", "qemu", "test", "hvf", "kqemu" -> QEMU;
            case "xen" -> "hvm".equals(osType) ? XEN_HVM : XEN_PV;
            default -> OTHER;
        };
    }
}
