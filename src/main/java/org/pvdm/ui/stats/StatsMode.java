package org.pvdm.ui.stats;

/** What the two sides of the statistics view show. */
public enum StatsMode {
    TWO_GUESTS("Two guests"),
    BEFORE_AFTER("One guest, before / after");

    private final String label;

    StatsMode(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
