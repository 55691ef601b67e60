package org.pvdm.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** The boot watchdog after a switch with --start. */
public final class WatchOptionsMixin {
    @Option(names = "--watch", paramLabel = "S", defaultValue = "120", description = "after --start, watch the guest"
            + " this many seconds: crashed, paused or shut off, repeated resets, no I/O on a switched disk (counted"
            + " from the guest's first sign of life, waited for at most 3 times as long), a guest agent gone silent"
            + " (0: do not watch; default: ${DEFAULT-VALUE})")
    long watch;

    @Option(names = "--auto-rollback", description = "when the watch fails: power the guest off, define the backup"
            + " again, start it, and exit 3")
    boolean autoRollback;

    Duration duration() {
        if (watch < 0 || watch > 3600) {
            throw new CliException(ExitCodes.USAGE, "--watch takes 0 to 3600 seconds, not " + watch);
        }
        return Duration.ofSeconds(watch);
    }
}
