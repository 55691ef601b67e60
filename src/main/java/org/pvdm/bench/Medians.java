package org.pvdm.bench;

import java.util.Arrays;

/** Medians of measured times. */
final class Medians {
    private Medians() {}

    static double of(long[] nanos) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] s = nanos.clone();
        Arrays.sort(s);
        int n = s.length;
        return (n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0) / 1e6;
    }
}
