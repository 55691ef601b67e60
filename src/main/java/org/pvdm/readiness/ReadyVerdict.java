package org.pvdm.readiness;

/** Whether a guest has the driver for a kind of paravirtual device. */
public enum ReadyVerdict {
    READY("ready"), NOT_READY("not-ready"), UNKNOWN("unknown");

    private final String label;

    ReadyVerdict(String label) {
        this.label = label;
    }

    /** As shown in text and JSON: ready, not-ready, unknown. */
    public String label() {
        return label;
    }
}
