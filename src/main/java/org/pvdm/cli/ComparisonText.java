package org.pvdm.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pvdm.stats.Comparison;
import org.pvdm.stats.Metric;
import org.pvdm.stats.SeriesKey;
import org.pvdm.stats.Summary;

/**
 * The side-by-side summary of {@code pvdm compare}: per pair of series (hda of A with vda of B) a table of
 * mean, median and 95th percentile of each side and the ratio of the means B/A, then the summary lines.
 */
final class ComparisonText {
    private ComparisonText() {}

    static String render(Comparison c) {
        StringBuilder sb = new StringBuilder();
        Comparison.Pair current = null;
        TextTable table = null;
        for (Comparison.Row row : c.rows()) {
            if (!row.pair().equals(current)) {
                flush(sb, table);
                current = row.pair();
                sb.append(row.labelA()).append(" (A)  vs  ").append(row.labelB()).append(" (B)\n");
                table = new TextTable("  METRIC", "MEAN A", "MEDIAN A", "P95 A", "MEAN B", "MEDIAN B", "P95 B", "B/A");
            }
            Summary a = row.a();
            Summary b = row.b();
            table.row("  " + row.metric().label(), value(row.metric(), a.mean()), value(row.metric(), a.median()),
                    value(row.metric(), a.p95()), value(row.metric(), b.mean()), value(row.metric(), b.median()),
                    value(row.metric(), b.p95()), ratio(row));
        }
        flush(sb, table);
        if (c.rows().isEmpty()) {
            sb.append("no series to compare: neither side has a disk or NIC with samples\n");
        } else {
            sb.append("Summary (B against A):\n");
            c.lines().forEach(l -> sb.append("  ").append(l).append('\n'));
        }
        List<String> alone = new ArrayList<>();
        for (SeriesKey k : c.unpaired()) {
            alone.add(k.kind().label() + " " + k.label());
        }
        if (!alone.isEmpty()) {
            sb.append("Not compared (no partner on the other side): ").append(String.join(", ", alone)).append('\n');
        }
        return sb.toString();
    }

    private static void flush(StringBuilder sb, TextTable table) {
        if (table != null) {
            sb.append(table).append('\n');
        }
    }

    /**
     * B/A with two decimals ("1.00x", "0.99x", "1.93x", "12.35x"), two significant digits below 0.1
     * ("0.012x"); "n/a" when a side has no data or A's mean is 0. (The summary lines round to three
     * significant digits: "0.995x" there is "1.00x" here.)
     */
    static String ratio(Comparison.Row row) {
        double r = row.ratio();
        if (Double.isNaN(r)) {
            return "n/a";
        }
        if (r >= 0.095) {
            return String.format(Locale.ROOT, "%.2fx", r);
        }
        return new BigDecimal(r).round(new MathContext(2)).toPlainString() + "x";
    }

    /** A figure with SI prefix; latencies in ms and CPU in % as they are. */
    private static String value(Metric metric, double v) {
        if (Double.isNaN(v)) {
            return Units.NONE;
        }
        return switch (metric) {
            case RD_LATENCY_MS, WR_LATENCY_MS -> Units.millis(v);
            case CPU_PERCENT -> Units.percent(v);
            case CPU_NS_PER_OP -> Units.nanos(v);
            default -> Units.number(v);
        };
    }
}
