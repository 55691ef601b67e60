package org.pvdm.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.junit.jupiter.api.Test;
import org.pvdm.host.Host;
import org.pvdm.testsupport.Needs;

/**
 * The whole engine against libvirt's real test driver (test:///default), whose counters grow at known
 * rates (environment.md): every disk reads 50,000 B/s and 100,000 ops/s and writes 25,000 B/s; every NIC
 * receives 100,000 B/s and sends 50,000 B/s. Rates must be within 1 %.
 *
 * <p>Needs the native libvirt0 library; skipped, saying so, without it. The interval is 2 s: the test
 * driver derives its counters from the clock at each per-device call, so scheduling jitter of a loaded
 * machine (tens of ms) must stay well under 1 % of the interval.
 */
class TestDriverStatsTest {
    private static final String URI = "test:///default";

    @Test
    void ratesMatchTheTestDriversFakeCountersWithinOnePercent() throws Exception {
        try (Host host = openTestDriver(); Sampler sampler = new Sampler("test-driver", host.stats(),
                Duration.ofSeconds(2))) {
            BlockingQueue<StatsTick> ticks = new LinkedBlockingQueue<>();
            sampler.addListener(ticks::add);
            sampler.start();
            StatsTick tick;
            do {
                tick = ticks.poll(20, TimeUnit.SECONDS);
                assertNotNull(tick, "no tick from the test driver within 20 s");
                assertFalse(tick.isPaused(), () -> "sampling the test driver failed: " + ticks);
            } while (tick.samples().isEmpty() && tick.sequence() < 5);
            assertTrue(tick.synthetic(), "the test driver's counters are synthetic");
            List<SeriesSample> disks = of(tick, SeriesKind.DISK);
            List<SeriesSample> nics = of(tick, SeriesKind.NIC);
            assertFalse(disks.isEmpty(), "the default test guest has a disk: " + tick);
            for (SeriesSample disk : disks) {
                assertWithin1Percent(50_000, disk.value(Metric.RD_BYTES_S), disk + " read bytes/s");
                assertWithin1Percent(100_000, disk.value(Metric.RD_OPS_S), disk + " read ops/s");
                assertWithin1Percent(25_000, disk.value(Metric.WR_BYTES_S), disk + " write bytes/s");
            }
            for (SeriesSample nic : nics) {
                assertWithin1Percent(100_000, nic.value(Metric.RX_BYTES_S), nic + " rx bytes/s");
                assertWithin1Percent(50_000, nic.value(Metric.TX_BYTES_S), nic + " tx bytes/s");
            }
            assertEquals(0, tick.droppedTicks());
        }
    }

    private static List<SeriesSample> of(StatsTick tick, SeriesKind kind) {
        return tick.samples().stream().filter(s -> s.key().kind() == kind).toList();
    }

    private static void assertWithin1Percent(double expected, double actual, String what) {
        assertEquals(expected, actual, expected * 0.01, what);
    }

    private static Host openTestDriver() throws Exception {
        Needs.libvirt0();
        return LibvirtHosts.open(URI, false);
    }
}
