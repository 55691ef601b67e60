package org.pvdm.stats;

/** What a series measures: one disk, one NIC, or the guest as a whole (CPU). */
public enum SeriesKind {
    DISK("disk"), NIC("nic"), GUEST("guest");

    private final String label;

    SeriesKind(String label) {
        this.label = label;
    }

    /** The word used in CSV files and summaries: disk, nic, guest. */
    public String label() {
        return label;
    }

    /** The kind named by {@link #label()}. */
    public static SeriesKind fromLabel(String label) {
        for (SeriesKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown series kind '" + label + "' (expected disk, nic or guest)");
    }
}
