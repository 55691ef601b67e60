package org.pvdm.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares series set A with series set B (two recordings, two guests live, or one guest before and after
 * a conversion): per paired series and metric, mean, median and 95th percentile of each side and the
 * ratio of the means B/A, with one readable line each, e.g. "vda: 1.9x the read ops/s of hda (...)".
 */
public final class Comparison {

    /** Series {@code a} of set A is compared with series {@code b} of set B. */
    public record Pair(SeriesKey a, SeriesKey b) {
        public Pair {
            if (a.kind() != b.kind()) {
                throw new IllegalArgumentException("cannot compare a " + a.kind().label() + " with a "
                        + b.kind().label());
            }
        }
    }

    /** One metric of one pair. */
    public record Row(Pair pair, String labelA, String labelB, Metric metric, Summary a, Summary b) {

        /** Mean of B / mean of A; NaN when a side has no data or A's mean is 0. */
        public double ratio() {
            if (a.isEmpty() || b.isEmpty() || a.mean() == 0) {
                return Double.NaN;
            }
            double ratio = b.mean() / a.mean();
            return Double.isInfinite(ratio) ? Double.NaN : ratio;
        }

        /** "1.9x", or "n/a" when {@link #ratio()} is not defined. */
        public String ratioText() {
            double ratio = ratio();
            return Double.isNaN(ratio) ? "n/a" : plain(ratio, 3) + "x";
        }

        /** "vda: 1.9x the read ops/s of hda (mean 2700 vs 1420, median 2690 vs 1400, p95 2800 vs 1500)". */
        public String line() {
            String figures = " (mean " + figure(b.mean()) + " vs " + figure(a.mean())
                    + ", median " + figure(b.median()) + " vs " + figure(a.median())
                    + ", p95 " + figure(b.p95()) + " vs " + figure(a.p95()) + ")";
            if (Double.isNaN(ratio())) {
                return labelB + ": " + metric.label() + " n/a against " + labelA + figures;
            }
            return labelB + ": " + ratioText() + " the " + metric.label() + " of " + labelA + figures;
        }
    }

    private final List<Row> rows;
    private final List<SeriesKey> unpaired;

    private Comparison(List<Row> rows, List<SeriesKey> unpaired) {
        this.rows = List.copyOf(rows);
        this.unpaired = List.copyOf(unpaired);
    }

    /** Compares with pairs found by {@link SeriesPairing#pair(Recording, Recording)}. */
    public static Comparison of(Recording a, Recording b) {
        SeriesPairing pairing = SeriesPairing.pair(a, b);
        return of(a, b, pairing.pairs(), pairing.unpaired());
    }

    /** Compares the given pairs (e.g. from {@link History#linked(SeriesKey)}). */
    public static Comparison of(Recording a, Recording b, List<Pair> pairs) {
        return of(a, b, pairs, List.of());
    }

    private static Comparison of(Recording a, Recording b, List<Pair> pairs, List<SeriesKey> unpaired) {
        List<Row> rows = new ArrayList<>();
        for (Pair pair : pairs) {
            SeriesData da = a.series(pair.a()).orElseThrow(() -> missing("A", pair.a()));
            SeriesData db = b.series(pair.b()).orElseThrow(() -> missing("B", pair.b()));
            boolean sameGuest = pair.a().guestUuid().equals(pair.b().guestUuid());
            String labelA = sameGuest ? pair.a().label() : da.guestName() + "/" + pair.a().label();
            String labelB = sameGuest ? pair.b().label() : db.guestName() + "/" + pair.b().label();
            for (Metric metric : Metric.of(pair.a().kind())) {
                Summary sa = Summary.of(da.values(metric));
                Summary sb = Summary.of(db.values(metric));
                if (!sa.isEmpty() || !sb.isEmpty()) {
                    rows.add(new Row(pair, labelA, labelB, metric, sa, sb));
                }
            }
        }
        return new Comparison(rows, unpaired);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Series of either side that found no partner. */
    public List<SeriesKey> unpaired() {
        return unpaired;
    }

    /** One {@link Row#line()} per row. */
    public List<String> lines() {
        return rows.stream().map(Row::line).toList();
    }

    private static IllegalArgumentException missing(String side, SeriesKey key) {
        return new IllegalArgumentException("set " + side + " has no series " + key);
    }

    static String figure(double value) {
        return Double.isNaN(value) ? "no data" : plain(value, 4);
    }

    /** {@code value} to {@code digits} significant digits, plain (no exponent), trailing zeros dropped. */
    static String plain(double value, int digits) {
        return new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }
}
