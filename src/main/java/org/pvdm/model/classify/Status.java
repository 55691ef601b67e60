package org.pvdm.model.classify;

import java.util.Locale;

/** Whether the guest reaches a device through hardware emulation or through a paravirtual driver. */
public enum Status {
    EMULATED, PARAVIRTUAL;

    /** emulated, paravirtual: the stable JSON and CLI spelling. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
