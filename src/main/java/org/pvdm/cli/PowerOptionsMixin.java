package org.pvdm.cli;

import java.time.Duration;
import org.pvdm.switching.PowerOptions;
import picocli.CommandLine.Option;

/** What pvdm may do with a running guest. */
public final class PowerOptionsMixin {
    @Option(names = "--shutdown", description = "shut a running guest down first (ACPI; a bus change needs a cold boot)")
    boolean shutdown;

    @Option(names = "--start", description = "start the guest afterwards")
    boolean start;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "120",
            description = "seconds to wait for the shutdown (default: ${DEFAULT-VALUE})")
    long timeout;

    @Option(names = "--force", description = "power the guest off when it does not shut down in time (never otherwise)")
    boolean force;

    public PowerOptions options() {
        if (timeout < 1 || timeout > 3600) {
            throw new CliException(ExitCodes.USAGE, "--timeout takes 1 to 3600 seconds, not " + timeout);
        }
        return new PowerOptions(shutdown, start, Duration.ofSeconds(timeout), force);
    }
}
