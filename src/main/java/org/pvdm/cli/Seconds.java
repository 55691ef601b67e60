package org.pvdm.cli;

import java.math.BigDecimal;
import java.time.Duration;
import org.pvdm.stats.Sampler;

/** The ranges of options given in seconds (parsed by {@link SecondsConverter}): a value outside is one line, exit 2. */
final class Seconds {
    private Seconds() {}

    /** The sampling interval: 0.25 s to 60 s; null (not given) is the default, 1 s. */
    static Duration interval(Duration d) {
        if (d == null) {
            return Sampler.DEFAULT_INTERVAL;
        }
        if (d.compareTo(Sampler.MIN_INTERVAL) < 0 || d.compareTo(Sampler.MAX_INTERVAL) > 0) {
            throw new CliException(ExitCodes.USAGE, "--interval must be between 0.25 and 60 seconds, got " + number(d));
        }
        return d;
    }

    /** A duration of at least {@code min} and at most one day. */
    static Duration atLeast(String option, Duration d, Duration min) {
        if (d == null) {
            throw new CliException(ExitCodes.USAGE, option + " N is required: how many seconds to sample");
        }
        if (d.compareTo(min) < 0 || d.compareTo(Duration.ofDays(1)) > 0) {
            throw new CliException(ExitCodes.USAGE, option + " must be between " + number(min)
                    + " and 86400 seconds, got " + number(d));
        }
        return d;
    }

    /** "0.25 s", "1 s". */
    static String text(Duration d) {
        return number(d) + " s";
    }

    /** "0.25", "1": seconds as the person typed them. */
    private static String number(Duration d) {
        return BigDecimal.valueOf(d.toNanos()).movePointLeft(9).stripTrailingZeros().toPlainString();
    }
}
