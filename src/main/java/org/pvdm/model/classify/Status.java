package org.pvdm.model.classify;

import java.util.Locale;

/** Whether the guest reaches a device through hardware emulation or through a paravirtual driver. */
public enum Status {
    /** HOST_SIDE: passthrough or host-side NICs (hostdev, vhost-user, vDPA): neither emulated nor ours to change. */
    EMULATED, PARAVIRTUAL, HOST_SIDE;

    /** emulated, paravirtual, host-side: the stable JSON and CLI spelling. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
