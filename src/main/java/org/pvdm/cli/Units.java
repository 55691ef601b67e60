package org.pvdm.cli;

import java.util.Locale;

/**
 * Rates for a person, SI prefixes (1 kB = 1000 B), three significant digits: "50.0 kB/s", "1.23 MB/s",
 * "33.3k ops/s", "812 pkts/s", "0.21 ms". NaN (not reported, or undefined) is "-".
 */
final class Units {
    static final String NONE = "-";
    private static final String[] PREFIX = {"", "k", "M", "G", "T"};

    private Units() {}

    /** Bytes per second: "0 B/s", "512 B/s", "50.0 kB/s", "1.23 GB/s". */
    static String bytes(double perSecond) {
        return scaled(perSecond, " ", "B/s");
    }

    /** Operations per second: "100k ops/s". */
    static String ops(double perSecond) {
        return scaled(perSecond, "", " ops/s");
    }

    /** Packets per second: "1.20k pkts/s". */
    static String packets(double perSecond) {
        return scaled(perSecond, "", " pkts/s");
    }

    /** A number with an SI prefix and no unit: "50.0k", "0.21", "1.23M". */
    static String number(double value) {
        return scaled(value, "", "");
    }

    /** Milliseconds: "0.21 ms", "12.3 ms", "512 ms", "1.20 s". */
    static String millis(double ms) {
        if (Double.isNaN(ms) || Double.isInfinite(ms)) {
            return NONE;
        }
        return ms >= 999.5 ? digits3(ms / 1000) + " s" : digits3(ms) + " ms";
    }

    /** A percentage with one decimal: "3.2 %". */
    static String percent(double value) {
        return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%.1f %%", value);
    }

    /** A duration in nanoseconds for a person: "850 ns", "41.2 us", "1.20 ms". */
    static String nanos(double ns) {
        if (Double.isNaN(ns) || Double.isInfinite(ns)) {
            return NONE;
        }
        if (ns < 999.5) {
            return digits3(ns) + " ns";
        }
        return ns < 999_500 ? digits3(ns / 1000) + " us" : millis(ns / 1_000_000);
    }

    private static String scaled(double value, String gap, String unit) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return NONE;
        }
        double v = Math.abs(value);
        int p = 0;
        while (v >= 999.5 && p < PREFIX.length - 1) {
            v /= 1000;
            p++;
        }
        return (value < 0 ? "-" : "") + digits3(v) + gap + PREFIX[p] + unit;
    }

    /** Three significant digits ("0.21", "3.20", "33.3", "512"); 0 is "0". */
    static String digits3(double v) {
        if (v == 0) {
            return "0";
        }
        if (v < 9.995) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return v < 99.95 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.0f", v);
    }
}
