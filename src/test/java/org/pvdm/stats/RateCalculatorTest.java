package org.pvdm.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pvdm.stats.Fixtures.A;
import static org.pvdm.stats.Fixtures.B;
import static org.pvdm.stats.Fixtures.MAC;
import static org.pvdm.stats.Fixtures.disk;
import static org.pvdm.stats.Fixtures.guest;
import static org.pvdm.stats.Fixtures.linear;
import static org.pvdm.stats.Fixtures.nic;
import static org.pvdm.stats.Fixtures.running;
import static org.pvdm.stats.Fixtures.snap;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pvdm.host.GuestState;

class RateCalculatorTest {
    private static final long MS = 1_000_000L;
    private final RateCalculator calc = new RateCalculator();

    private static Map<SeriesKey, SeriesSample> byKey(RateCalculator.Rates rates) {
        return rates.samples().stream().collect(Collectors.toMap(SeriesSample::key, s -> s));
    }

    @Test
    void firstSnapshotGivesGapsOnly() {
        RateCalculator.Rates rates = calc.update(snap(0, linear(A, "hda", 0)));
        assertTrue(rates.samples().isEmpty());
        assertEquals(RateCalculator.FIRST_SAMPLE, rates.gaps().get(SeriesKey.disk(A, "hda")));
        assertEquals(RateCalculator.FIRST_SAMPLE, rates.gaps().get(SeriesKey.guest(A)));
    }

    @Test
    void ratesUseTheMeasuredElapsedTimeNotTheInterval() {
        calc.update(snap(0, running(A, 0, disk("vda", 0, 0, 0, 0, 0, 0))));
        // 1.3 s later: 1300 reads, 6.5 MB read, 260 writes, 1.3 MB written, 2.6 ms of read time
        var first = byKey(calc.update(snap(1300 * MS,
                running(A, 650 * MS, disk("vda", 1300, 6_500_000, 260, 1_300_000, 2_600_000, 5_200_000)))));
        SeriesSample d = first.get(SeriesKey.disk(A, "vda"));
        assertEquals(1000.0, d.value(Metric.RD_OPS_S), 1e-9);
        assertEquals(5_000_000.0, d.value(Metric.RD_BYTES_S), 1e-6);
        assertEquals(200.0, d.value(Metric.WR_OPS_S), 1e-9);
        assertEquals(1_000_000.0, d.value(Metric.WR_BYTES_S), 1e-6);
        assertEquals(0.002, d.value(Metric.RD_LATENCY_MS), 1e-12); // 2.6 ms / 1300 requests
        assertEquals(0.02, d.value(Metric.WR_LATENCY_MS), 1e-12);  // 5.2 ms / 260 requests
        SeriesSample cpu = first.get(SeriesKey.guest(A));
        assertEquals(50.0, cpu.value(Metric.CPU_PERCENT), 1e-9);                        // 0.65 s of 1.3 s
        assertEquals(650.0 * MS / 1560, cpu.value(Metric.CPU_NS_PER_OP), 1e-6);         // 1560 requests

        // then only 0.75 s: the same deltas give larger rates
        var second = byKey(calc.update(snap(2050 * MS,
                running(A, 650 * MS, disk("vda", 2050, 6_500_000, 260, 1_300_000, 2_600_000, 5_200_000)))));
        d = second.get(SeriesKey.disk(A, "vda"));
        assertEquals(1000.0, d.value(Metric.RD_OPS_S), 1e-9);
        assertEquals(0.0, d.value(Metric.RD_BYTES_S));
        assertEquals(0.0, second.get(SeriesKey.guest(A)).value(Metric.CPU_PERCENT));
    }

    @Test
    void nicRatesErrorsAndDrops() {
        var g0 = guest(A, GuestState.RUNNING, -1, List.of(), List.of(nic(MAC, 0, 0, 0, 0, 0, 0)));
        var g1 = guest(A, GuestState.RUNNING, -1, List.of(), List.of(nic(MAC, 250_000, 400, 125_000, 200, 1, 3)));
        calc.update(snap(0, g0));
        SeriesSample n = byKey(calc.update(snap(2500 * MS, g1))).get(SeriesKey.nic(A, MAC));
        assertEquals(100_000.0, n.value(Metric.RX_BYTES_S), 1e-9);
        assertEquals(50_000.0, n.value(Metric.TX_BYTES_S), 1e-9);
        assertEquals(160.0, n.value(Metric.RX_PKTS_S), 1e-9);
        assertEquals(80.0, n.value(Metric.TX_PKTS_S), 1e-9);
        assertEquals(0.8, n.value(Metric.ERRS_S), 1e-9);  // (1 rx + 1 tx) / 2.5 s
        assertEquals(2.4, n.value(Metric.DROPS_S), 1e-9); // (3 + 3) / 2.5 s
    }

    @Test
    void counterGoingBackwardsRestartsTheSeriesWithoutANegativeValue() {
        calc.update(snap(0, linear(A, "hda", 1000)));
        calc.update(snap(1000 * MS, linear(A, "hda", 2000)));
        // the guest restarted: every counter is small again
        RateCalculator.Rates reset = calc.update(snap(2000 * MS, linear(A, "hda", 10)));
        assertTrue(reset.samples().isEmpty(), "no rate in the tick that saw the reset: " + reset.samples());
        assertEquals(RateCalculator.RESTARTED, reset.gaps().get(SeriesKey.disk(A, "hda")));
        // the next tick measures from the new baseline
        SeriesSample d = byKey(calc.update(snap(3000 * MS, linear(A, "hda", 110)))).get(SeriesKey.disk(A, "hda"));
        assertEquals(100.0, d.value(Metric.RD_OPS_S), 1e-9);
    }

    @Test
    void oneDeviceResetRestartsOnlyThatDevice() {
        calc.update(snap(0, running(A, 0, disk("vda", 100, 100, 0, 0, -1, -1), disk("vdb", 100, 100, 0, 0, -1, -1))));
        var rates = calc.update(snap(1000 * MS,
                running(A, 0, disk("vda", 200, 200, 0, 0, -1, -1), disk("vdb", 5, 5, 0, 0, -1, -1))));
        var samples = byKey(rates);
        assertEquals(100.0, samples.get(SeriesKey.disk(A, "vda")).value(Metric.RD_OPS_S), 1e-9);
        assertFalse(samples.containsKey(SeriesKey.disk(A, "vdb")));
        assertEquals(RateCalculator.RESTARTED, rates.gaps().get(SeriesKey.disk(A, "vdb")));
    }

    @Test
    void unknownCountersGiveNaNNotZero() {
        calc.update(snap(0, running(A, -1, disk("hda", 0, 0, -1, -1, -1, -1))));
        var samples = byKey(calc.update(snap(1000 * MS, running(A, -1, disk("hda", 0, 0, -1, -1, -1, -1)))));
        SeriesSample d = samples.get(SeriesKey.disk(A, "hda"));
        assertEquals(0.0, d.value(Metric.RD_OPS_S), "a known counter that did not move is 0");
        assertTrue(Double.isNaN(d.value(Metric.WR_OPS_S)));
        assertTrue(Double.isNaN(d.value(Metric.WR_BYTES_S)));
        assertTrue(Double.isNaN(d.value(Metric.RD_LATENCY_MS)));
        assertTrue(Double.isNaN(samples.get(SeriesKey.guest(A)).value(Metric.CPU_PERCENT)));
        assertTrue(Double.isNaN(samples.get(SeriesKey.guest(A)).value(Metric.CPU_NS_PER_OP)));
    }

    @Test
    void aCounterThatBecomesKnownGivesNaNThenValues() {
        calc.update(snap(0, running(A, -1, disk("hda", -1, -1, -1, -1, -1, -1))));
        var d = byKey(calc.update(snap(1000 * MS, running(A, -1, disk("hda", 500, 1, 1, 1, 1, 1)))))
                .get(SeriesKey.disk(A, "hda"));
        assertTrue(Double.isNaN(d.value(Metric.RD_OPS_S)), "no spike from -1 to 500");
        d = byKey(calc.update(snap(2000 * MS, running(A, -1, disk("hda", 600, 1, 1, 1, 1, 1)))))
                .get(SeriesKey.disk(A, "hda"));
        assertEquals(100.0, d.value(Metric.RD_OPS_S), 1e-9);
    }

    @Test
    void latencyIsNaNWithoutRequests() {
        calc.update(snap(0, running(A, 0, disk("vda", 7, 0, 7, 0, 100, 100))));
        var d = byKey(calc.update(snap(1000 * MS, running(A, 0, disk("vda", 7, 0, 7, 0, 100, 100)))))
                .get(SeriesKey.disk(A, "vda"));
        assertTrue(Double.isNaN(d.value(Metric.RD_LATENCY_MS)));
        assertTrue(Double.isNaN(d.value(Metric.WR_LATENCY_MS)));
    }

    @Test
    void shutOffGuestPausesItsSeriesAndRestartsLater() {
        calc.update(snap(0, linear(A, "hda", 0), linear(B, "vda", 0)));
        var off = calc.update(snap(1000 * MS,
                guest(A, GuestState.SHUTOFF, -1, List.of(), List.of()), linear(B, "vda", 10)));
        assertEquals("guest shut off", off.gaps().get(SeriesKey.disk(A, "hda")));
        assertTrue(byKey(off).containsKey(SeriesKey.disk(B, "vda")), "the other guest goes on");
        var again = calc.update(snap(2000 * MS, linear(A, "hda", 5), linear(B, "vda", 20)));
        assertEquals(RateCalculator.FIRST_SAMPLE, again.gaps().get(SeriesKey.disk(A, "hda")));
        var rates = byKey(calc.update(snap(3000 * MS, linear(A, "hda", 15), linear(B, "vda", 30))));
        assertEquals(10.0, rates.get(SeriesKey.disk(A, "hda")).value(Metric.RD_OPS_S), 1e-9);
    }

    @Test
    void cpuTimeGoingBackwardsRestartsEveryDeviceOfTheGuest() {
        calc.update(snap(0, running(A, 5_000_000_000L, disk("vda", 10, 10, 10, 10, 10, 10))));
        // restarted and already did more I/O than before: only the CPU counter shows it
        var rates = calc.update(snap(1000 * MS, running(A, 1_000_000, disk("vda", 50, 50, 50, 50, 50, 50))));
        assertTrue(rates.samples().isEmpty());
        assertEquals(RateCalculator.RESTARTED, rates.gaps().get(SeriesKey.disk(A, "vda")));
    }

    @Test
    void goneGuestsRemovedAndNewDevices() {
        calc.update(snap(0, running(A, 0, disk("hda", 0, 0, 0, 0, 0, 0)), linear(B, "vda", 0)));
        var rates = calc.update(snap(1000 * MS, running(A, 0, disk("vda", 0, 0, 0, 0, 0, 0))));
        assertEquals(RateCalculator.GONE, rates.gaps().get(SeriesKey.disk(B, "vda")));
        assertEquals(RateCalculator.DEVICE_REMOVED, rates.gaps().get(SeriesKey.disk(A, "hda")));
        assertEquals(RateCalculator.FIRST_SAMPLE, rates.gaps().get(SeriesKey.disk(A, "vda")));
        assertEquals(1, calc.guests());
    }

    @Test
    void noElapsedTimeGivesNoRates() {
        calc.update(snap(5 * MS, linear(A, "hda", 0)));
        var rates = calc.update(snap(5 * MS, linear(A, "hda", 10)));
        assertTrue(rates.samples().isEmpty());
        assertEquals(RateCalculator.NO_TIME_ELAPSED, rates.gaps().get(SeriesKey.disk(A, "hda")));
    }

    @Test
    void retainForgetsUnwatchedGuests() {
        calc.update(snap(0, linear(A, "hda", 0), linear(B, "vda", 0)));
        calc.retain(List.of(A));
        var rates = calc.update(snap(1000 * MS, linear(A, "hda", 1)));
        assertFalse(rates.gaps().containsKey(SeriesKey.disk(B, "vda")), "an unwatched guest is not 'gone'");
        assertEquals(1.0, byKey(rates).get(SeriesKey.disk(A, "hda")).value(Metric.RD_OPS_S), 1e-9);
    }

    @Test
    void aGuestListedTwiceInOneSnapshotCountsOnce() {
        calc.update(snap(0, linear(A, "hda", 0)));
        var rates = calc.update(snap(1000 * MS, linear(A, "hda", 10), linear(A, "hda", 99)));
        assertEquals(2, rates.samples().size(), "one disk and one CPU sample: " + rates.samples());
        assertEquals(10.0, byKey(rates).get(SeriesKey.disk(A, "hda")).value(Metric.RD_OPS_S), 1e-9);
    }
}
