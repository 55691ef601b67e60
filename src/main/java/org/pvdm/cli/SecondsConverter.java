package org.pvdm.cli;

import java.math.BigDecimal;
import java.time.Duration;
import picocli.CommandLine;

/**
 * picocli's converter for options given in seconds ("0.25", "2", "1.5"): exact decimals, positive, at most
 * 1,000 days. A bad value is picocli's usage error, one line, exit 2; ranges that depend on the option are
 * checked by {@link Seconds}.
 */
final class SecondsConverter implements CommandLine.ITypeConverter<Duration> {
    private static final BigDecimal MAX = BigDecimal.valueOf(86_400_000L);

    @Override
    public Duration convert(String value) {
        try {
            BigDecimal seconds = new BigDecimal(value.strip());
            if (seconds.signum() > 0 && seconds.compareTo(MAX) <= 0) {
                return Duration.ofNanos(seconds.movePointRight(9).longValueExact());
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // falls through to the one message below
        }
        throw new CommandLine.TypeConversionException("takes a positive number of seconds (such as 1 or 0.5), got '"
                + value + "'");
    }
}
