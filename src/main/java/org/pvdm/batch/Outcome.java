package org.pvdm.batch;

import org.pvdm.host.HostException;

/**
 * What happened to one guest of a batch.
 *
 * @param backup the backup id when switched, else ""
 * @param kind   why it failed (null unless FAILED with a host error)
 * @param watchFailed true when the guest was switched and started but failed its boot watch (FAILED; rolled
 *                    back when the admin allowed it, as the detail says)
 */
public record Outcome(String guest, Result result, String detail, String backup, HostException.Kind kind,
                      boolean watchFailed) {

    public Outcome(String guest, Result result, String detail, String backup, HostException.Kind kind) {
        this(guest, result, detail, backup, kind, false);
    }

    public enum Result {
        SWITCHED("switched"), REFUSED("refused"), FAILED("failed"), SKIPPED("left alone");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
