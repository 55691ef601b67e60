package org.pvdm.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pvdm.stats.Fixtures.A;
import static org.pvdm.stats.Fixtures.B;
import static org.pvdm.stats.Fixtures.MAC;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final double NAN = Double.NaN;

    private static SeriesData disk(String uuid, String dev, String guest, double... rdOps) {
        double[] nan = new double[rdOps.length];
        java.util.Arrays.fill(nan, NAN);
        double[] zero = new double[rdOps.length];
        return new SeriesData(SeriesKey.disk(uuid, dev), guest, new long[rdOps.length],
                new double[][] {nan, nan, rdOps, zero, nan, nan});
    }

    @Test
    void summaryMeanMedianP95IgnoringNaN() {
        double[] values = new double[21];
        for (int i = 0; i < 20; i++) {
            values[i] = i + 1;
        }
        values[20] = NAN;
        Summary s = Summary.of(values);
        assertEquals(20, s.count());
        assertEquals(10.5, s.mean(), 1e-12);
        assertEquals(10.5, s.median(), 1e-12);
        assertEquals(19.05, s.p95(), 1e-12); // rank 0.95 * 19 = 18.05 between 19 and 20
        Summary odd = Summary.of(new double[] {5, 1, 3});
        assertEquals(3, odd.median());
        assertEquals(4.8, odd.p95(), 1e-12);
        assertTrue(Summary.of(new double[] {NAN}).isEmpty());
        assertTrue(Double.isNaN(Summary.of(new double[0]).mean()));
    }

    @Test
    void beforeAndAfterAConversionOfOneGuest() {
        Recording before = new Recording(List.of(disk(A, "hda", "web", 1000, 1000, 1000, 1200)));
        Recording after = new Recording(List.of(disk(A, "vda", "web", 1900, 2100, 2000, 2000)));
        Comparison comparison = Comparison.of(before, after);
        Comparison.Row ops = comparison.rows().stream().filter(r -> r.metric() == Metric.RD_OPS_S).findFirst()
                .orElseThrow();
        assertEquals(2000.0 / 1050.0, ops.ratio(), 1e-12);
        assertEquals("1.9x", ops.ratioText());
        assertEquals("vda: 1.9x the read ops/s of hda (mean 2000 vs 1050, median 2000 vs 1000, p95 2085 vs 1170)",
                ops.line());
        Comparison.Row writes = comparison.rows().stream().filter(r -> r.metric() == Metric.WR_OPS_S).findFirst()
                .orElseThrow();
        assertEquals("n/a", writes.ratioText(), "no division by zero");
        assertEquals("vda: write ops/s n/a against hda (mean 0 vs 0, median 0 vs 0, p95 0 vs 0)", writes.line());
        assertTrue(comparison.rows().stream().noneMatch(r -> r.metric() == Metric.RD_BYTES_S),
                "a metric with no data on either side is left out");
    }

    @Test
    void twoGuestsSideBySideNameTheGuestsAndPairByNameThenOrder() {
        Recording emulated = new Recording(List.of(disk(A, "hda", "ide-guest", 10), disk(A, "sdb", "ide-guest", 5),
                new SeriesData(SeriesKey.nic(A, MAC), "ide-guest", new long[1],
                        new double[][] {{1}, {1}, {1}, {1}, {0}, {0}})));
        Recording paravirtual = new Recording(List.of(disk(B, "sdb", "pv-guest", 10), disk(B, "vda", "pv-guest", 30)));
        Comparison comparison = Comparison.of(emulated, paravirtual);
        List<Comparison.Pair> pairs = comparison.rows().stream().map(Comparison.Row::pair).distinct().toList();
        assertEquals(List.of(new Comparison.Pair(SeriesKey.disk(A, "sdb"), SeriesKey.disk(B, "sdb")),
                new Comparison.Pair(SeriesKey.disk(A, "hda"), SeriesKey.disk(B, "vda"))), pairs);
        assertEquals(List.of(SeriesKey.nic(A, MAC)), comparison.unpaired());
        assertTrue(comparison.lines().contains("pv-guest/vda: 3x the read ops/s of ide-guest/hda "
                + "(mean 30 vs 10, median 30 vs 10, p95 30 vs 10)"), comparison.lines().toString());
    }

    @Test
    void emptySideGivesNaAndExplicitPairsAreChecked() {
        Recording a = new Recording(List.of(disk(A, "hda", "web", NAN, NAN)));
        Recording b = new Recording(List.of(disk(A, "vda", "web", 5)));
        Comparison.Row row = Comparison.of(a, b, List.of(new Comparison.Pair(SeriesKey.disk(A, "hda"),
                SeriesKey.disk(A, "vda")))).rows().stream().filter(r -> r.metric() == Metric.RD_OPS_S)
                .findFirst().orElseThrow();
        assertTrue(Double.isNaN(row.ratio()));
        assertTrue(row.line().contains("mean 5 vs no data"), row.line());
        assertThrows(IllegalArgumentException.class,
                () -> new Comparison.Pair(SeriesKey.disk(A, "hda"), SeriesKey.nic(A, MAC)));
        assertThrows(IllegalArgumentException.class, () -> Comparison.of(a, b,
                List.of(new Comparison.Pair(SeriesKey.disk(A, "hdz"), SeriesKey.disk(A, "vda")))));
    }

    @Test
    void ratiosArePlainWithThreeSignificantDigits() {
        assertEquals("2", Comparison.plain(2.0, 3));
        assertEquals("1.94", Comparison.plain(1.9404, 3));
        assertEquals("123", Comparison.plain(123.4, 3));
        assertEquals("100", Comparison.plain(100, 3));
        assertEquals("0.00123", Comparison.plain(0.001234, 3));
        assertEquals("50000", Comparison.figure(50_000));
    }
}
