package org.pvdm.batch;

import org.pvdm.host.HostException;

/**
 * What happened to one guest of a batch.
 *
 * @param backup the backup id when switched, else ""
 * @param kind   why it failed (null unless FAILED with a host error)
 */
public record Outcome(String guest, Result result, String detail, String backup, HostException.Kind kind) {

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
