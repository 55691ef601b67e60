package org.pvdm.host;

import java.util.Locale;

/** libvirt's virDomainState, named as virsh prints it. */
public enum GuestState {
    NOSTATE, RUNNING, BLOCKED, PAUSED, SHUTDOWN, SHUTOFF, CRASHED, PMSUSPENDED;

    /** True when the guest has a QEMU/Xen process, i.e. anything but shut off or crashed. */
    public boolean active() {
        return this != SHUTOFF && this != CRASHED && this != NOSTATE;
    }

    /** "running", "shut off", ... as virsh list prints it. */
    public String label() {
        return switch (this) {
            case SHUTOFF -> "shut off";
            case SHUTDOWN -> "in shutdown";
            case NOSTATE -> "no state";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }
}
