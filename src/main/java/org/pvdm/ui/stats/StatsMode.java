package org.pvdm.ui.stats;

/** What the two sides of the statistics view show. */
public enum StatsMode {
    TWO_GUESTS("Two guests side by side"),
    BEFORE_AFTER("One guest, before and after its switch");

    private final String label;

    StatsMode(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
