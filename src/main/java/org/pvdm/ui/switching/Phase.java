package org.pvdm.ui.switching;

/** Where the switch dialog stands. */
public enum Phase {
    PLANNING, PLANNED, TRYING, APPLYING, APPLIED, FAILED, ROLLING_BACK, ROLLED_BACK;

    /** True while the engine works: every button but Close waits. */
    public boolean busy() {
        return this == PLANNING || this == TRYING || this == APPLYING || this == ROLLING_BACK;
    }
}
