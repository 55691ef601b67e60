package org.pvdm.stats;

import java.util.Arrays;

/**
 * Mean, median and 95th percentile of a metric's values, NaN values (no value) left out. Percentiles
 * interpolate linearly between the two nearest ranks (Hyndman and Fan type 7, as numpy and R do by
 * default), so the median of an even count is the mean of the middle two. All NaN when count is 0.
 */
public record Summary(int count, double mean, double median, double p95) {

    public static final Summary EMPTY = new Summary(0, Double.NaN, Double.NaN, Double.NaN);

    public static Summary of(double[] values) {
        double[] known = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (known.length == 0) {
            return EMPTY;
        }
        double sum = 0;
        for (double v : known) {
            sum += v;
        }
        return new Summary(known.length, sum / known.length, percentile(known, 0.5), percentile(known, 0.95));
    }

    /** The {@code p} quantile (0..1) of sorted values without NaN. */
    static double percentile(double[] sorted, double p) {
        double rank = (sorted.length - 1) * p;
        int lower = (int) Math.floor(rank);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (rank - lower) * (sorted[upper] - sorted[lower]);
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
