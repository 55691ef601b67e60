package org.pvdm.model.classify;

/**
 * The verdict on one device.
 *
 * @param name        target dev for storage, MAC for a NIC, TYPE:INDEX for a controller
 * @param busOrModel  the disk bus, or the NIC / controller model ("" when the hypervisor default applies)
 * @param convertible true when a paravirtual replacement exists and pvdm can switch to it
 * @param reason      one line a person understands: why this status
 * @param suggestion  the paravirtual replacement ("" when none applies)
 */
public record DeviceReport(DeviceKind kind, String name, String busOrModel, Status status, boolean convertible,
                           String reason, String suggestion) {

    public boolean emulated() {
        return status == Status.EMULATED;
    }
}
