package org.pvdm.lab;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@code lab up} should do.
 *
 * @param noVirtio    also create pvdm-lab-novirtio (an emulated twin whose initramfs lacks virtio_blk)
 * @param bootTimeout how long to wait for every twin's "workload started" console line
 */
public record LabOptions(boolean noVirtio, Duration bootTimeout) {
    public static final Duration DEFAULT_BOOT_TIMEOUT = Duration.ofSeconds(240);

    public LabOptions {
        Objects.requireNonNull(bootTimeout, "bootTimeout");
        if (bootTimeout.isNegative() || bootTimeout.isZero()) {
            throw new IllegalArgumentException("bootTimeout must be positive");
        }
    }

    public static LabOptions defaults() {
        return new LabOptions(false, DEFAULT_BOOT_TIMEOUT);
    }

    public LabOptions withNoVirtio(boolean value) {
        return new LabOptions(value, bootTimeout);
    }

    public LabOptions withBootTimeout(Duration value) {
        return new LabOptions(noVirtio, value);
    }
}
