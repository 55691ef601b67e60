package org.pvdm.stats;

/** The top of a chart's value axis, shared by the live charts and the exported ones so both read alike. */
public final class ChartScale {
    private ChartScale() {}

    /** 1, 2, 2.5, 5 x 10^n at or above v with about 5% headroom (at least 1; 1 for zero, negative or NaN). */
    public static double niceCeiling(double v) {
        if (!(v > 0)) {
            return 1;
        }
        double exp = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * exp >= v * 1.05) {
                return m * exp;
            }
        }
        return 10 * exp;
    }
}
