package org.pvdm.model.classify;

import java.util.Set;

/**
 * The NIC model libvirt 9.0.0 gives an {@code <interface>} without {@code <model>} on the QEMU driver, by
 * architecture and machine: qemuDomainDefaultNetModel in src/qemu/qemu_domain.c (lines 5095-5139 of 9.0.0),
 * with qemuDomainMachineIsARMVirt and qemuDomainMachineIsRISCVVirt ("virt" or "virt-*"). A domain XML with no
 * machine gets the emulator's default, or libvirt's preferredMachines entry (src/qemu/qemu_capabilities.c):
 * integratorcp on ARM, spike on RISC-V, so not "virt". docs/conversion.md quotes the lines.
 *
 * @param model       the model libvirt picks ("" when it depends on the emulator's capabilities)
 * @param paravirtual true when that model is virtio
 * @param pciSlot     true when a virtio-net PCI device can take its place (pvdm switches only then)
 * @param why         the rule, in one line
 */
record DefaultNic(String model, boolean paravirtual, boolean pciSlot, String why) {
    private static final Set<String> ARM = Set.of("armv6l", "armv7l", "aarch64");
    private static final Set<String> RISCV = Set.of("riscv32", "riscv64");

    static DefaultNic of(String arch, String machine) {
        boolean virt = machine.equals("virt") || machine.startsWith("virt-");
        String on = arch + (machine.isEmpty() ? " (no machine named: not 'virt')" : " machine '" + machine + "'");
        if (arch.equals("s390") || arch.equals("s390x")) {
            return new DefaultNic("virtio", true, false, "libvirt's default NIC on " + arch + " is virtio-net");
        }
        if (ARM.contains(arch)) {
            if (machine.equals("versatilepb")) {
                return new DefaultNic("smc91c111", false, false, "libvirt's default NIC on " + on + " is the"
                        + " emulated on-board SMC 91C111; the board has no slot pvdm can put virtio-net in");
            }
            if (virt) {
                return new DefaultNic("virtio", true, false, "libvirt's default NIC on " + on + " is virtio-net");
            }
            return new DefaultNic("lan9118", false, false, "libvirt's default NIC on " + on + " is the emulated"
                    + " on-board LAN9118; a non-virt board has no slot pvdm can put virtio-net in");
        }
        if (RISCV.contains(arch)) {
            if (virt) {
                return new DefaultNic("virtio", true, false, "libvirt's default NIC on " + on + " is virtio-net");
            }
            return new DefaultNic("", false, false, "libvirt's default NIC on " + on + " is the first of rtl8139,"
                    + " e1000, virtio its QEMU offers; a non-virt board has no PCI slot pvdm can count on");
        }
        return new DefaultNic("rtl8139", false, true, "no model: libvirt gives the first of rtl8139, e1000, virtio"
                + " that the emulator offers (rtl8139 on x86 and ppc64 QEMU), an emulated NIC");
    }
}
