package org.pvdm.lab;

/**
 * How the lab guests run: KVM (domain type 'kvm') or QEMU's TCG emulator (domain type 'qemu').
 *
 * @param domainType "kvm" or "qemu"
 * @param reason     why: "no /dev/kvm", "a KVM test boot reached the lab's init in 2 s"...
 */
public record Accelerator(String domainType, String reason) {

    static Accelerator kvm(String reason) {
        return new Accelerator("kvm", reason);
    }

    static Accelerator tcg(String reason) {
        return new Accelerator("qemu", reason);
    }

    public boolean kvm() {
        return domainType.equals("kvm");
    }

    /** "KVM" or "TCG (no /dev/kvm)", as the CLI and the GUI say it. */
    public String label() {
        return (kvm() ? "KVM" : "TCG") + (reason.isEmpty() ? "" : " (" + reason + ")");
    }

    /** The accelerator of existing guests, from their domain type. */
    static Accelerator ofType(String type) {
        return type.equals("kvm") ? kvm("") : tcg("");
    }
}
