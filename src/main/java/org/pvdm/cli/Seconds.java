package org.pvdm.cli;

import java.math.BigDecimal;
import java.time.Duration;
import org.pvdm.stats.Sampler;

/** Options given in seconds ("0.25", "2", "1.5"): parsed here so a bad value is one line and exit 2. */
final class Seconds {
    private Seconds() {}

    /** The sampling interval: 0.25 s to 60 s; null (not given) is the default, 1 s. */
    static Duration interval(String value) {
        if (value == null) {
            return Sampler.DEFAULT_INTERVAL;
        }
        Duration d = parse("--interval", value);
        if (d.compareTo(Sampler.MIN_INTERVAL) < 0 || d.compareTo(Sampler.MAX_INTERVAL) > 0) {
            throw new CliException(ExitCodes.USAGE, "--interval must be between 0.25 and 60 seconds, got " + value);
        }
        return d;
    }

    /** A duration of at least {@code min} and at most one day. */
    static Duration atLeast(String option, String value, Duration min) {
        if (value == null) {
            throw new CliException(ExitCodes.USAGE, option + " N is required: how many seconds to sample");
        }
        Duration d = parse(option, value);
        if (d.compareTo(min) < 0 || d.compareTo(Duration.ofDays(1)) > 0) {
            throw new CliException(ExitCodes.USAGE, option + " must be between " + text(min).replace(" s", "")
                    + " and 86400 seconds, got " + value);
        }
        return d;
    }

    /** "0.25 s", "1 s". */
    static String text(Duration d) {
        return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString() + " s";
    }

    private static Duration parse(String option, String value) {
        try {
            BigDecimal seconds = new BigDecimal(value.strip());
            if (seconds.signum() <= 0 || seconds.compareTo(BigDecimal.valueOf(86_400_000L)) > 0) {
                throw new NumberFormatException();
            }
            return Duration.ofNanos(seconds.movePointRight(9).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new CliException(ExitCodes.USAGE, option + " takes a positive number of seconds (such as 1 or 0.5),"
                    + " got '" + value + "'");
        }
    }
}
