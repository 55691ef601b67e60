package org.pvdm.model.classify;

import java.util.List;
import org.pvdm.model.domain.Flavour;

/**
 * All verdicts on one guest.
 *
 * @param domainType the domain type attribute (kvm, qemu, xen, test)
 * @param os         the libosinfo id when the XML has one, else ""
 * @param note       a remark on the guest as a whole ("" when none), e.g. why nothing was judged
 */
public record GuestReport(String name, String uuid, String domainType, Flavour flavour, String os,
                          List<DeviceReport> devices, String note) {

    /** Disks, CD-ROMs, floppies and NICs whose status is emulated (controllers are not counted). */
    public int emulatedCount() {
        return (int) devices.stream().filter(d -> d.kind() != DeviceKind.CONTROLLER && d.emulated()).count();
    }

    /** How many of the emulated ones have a paravirtual replacement. */
    public int convertibleCount() {
        return (int) devices.stream()
                .filter(d -> d.kind() != DeviceKind.CONTROLLER && d.emulated() && d.convertible()).count();
    }

    /** The hypervisor as a person says it: KVM/QEMU, Xen HVM, Xen PV. */
    public String hypervisor() {
        return flavour.label();
    }
}
