package org.pvdm.switching;

import java.time.Duration;

/**
 * What the admin allows pvdm to do with a running guest.
 *
 * @param shutdown ask the guest to shut down (ACPI) before the change
 * @param start    start the guest again afterwards
 * @param timeout  how long to wait for the shutdown
 * @param force    pull the plug when the shutdown times out (never without this)
 */
public record PowerOptions(boolean shutdown, boolean start, Duration timeout, boolean force) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    public static PowerOptions none() {
        return new PowerOptions(false, false, DEFAULT_TIMEOUT, false);
    }
}
