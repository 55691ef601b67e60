package org.pvdm.host.libvirt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.CounterSnapshot;
import org.pvdm.host.GuestCounters;
import org.pvdm.host.GuestState;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.NetCounters;

/**
 * The per-device path on libvirt's test driver, whose bulk call returns only "state". Its counters are derived
 * from the wall clock t in microseconds: rd_bytes = t/20, rd_req = t/10, wr_bytes = t/40, rx_bytes = t/10,
 * tx_bytes = t/20, the same for every device.
 */
class LibvirtStatsTest {

    private static final double TOLERANCE = 0.03;

    @BeforeEach
    void libvirt() {
        TestHosts.assumeLibvirt();
    }

    /** Up to three tries: one preemption of this JVM on a busy 2-core machine can skew a 200 ms window by 5%. */
    @Test
    void perDeviceCountersGrowAtTheTestDriversRates() throws Exception {
        try (Host host = LibvirtHosts.open(TestHosts.DEFAULT, false)) {
            String problem = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                problem = ratesProblem(host);
                if (problem == null) {
                    return;
                }
            }
            fail(problem);
        }
    }

    /** @return null when the counters grew at the documented rates, else what was off */
    private static String ratesProblem(Host host) throws Exception {
        CounterSnapshot first = host.stats().sample(List.of());
        Thread.sleep(200);
        CounterSnapshot second = host.stats().sample(List.of());
        assertFalse(second.bulk());
        assertTrue(second.synthetic());
        double seconds = (second.monotonicNanos() - first.monotonicNanos()) / 1e9;
        BlockCounters d1 = first.guests().get(0).disks().get(0);
        BlockCounters d2 = second.guests().get(0).disks().get(0);
        assertEquals("vda", d2.device());
        assertEquals(-1, d2.rdTimesNs(), "no times on the per-device path");
        NetCounters n1 = first.guests().get(0).nics().get(0);
        NetCounters n2 = second.guests().get(0).nics().get(0);
        assertEquals("aa:bb:cc:dd:ee:ff", n2.mac());
        assertEquals("testnet0", n2.hostDevice());
        return Stream.of(rate(50_000, (d2.rdBytes() - d1.rdBytes()) / seconds, "rd_bytes"),
                        rate(100_000, (d2.rdReqs() - d1.rdReqs()) / seconds, "rd_req"),
                        rate(25_000, (d2.wrBytes() - d1.wrBytes()) / seconds, "wr_bytes"),
                        rate(100_000, (n2.rxBytes() - n1.rxBytes()) / seconds, "rx_bytes"),
                        rate(50_000, (n2.txBytes() - n1.txBytes()) / seconds, "tx_bytes"))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String rate(double expected, double actual, String what) {
        return Math.abs(actual / expected - 1) < TOLERANCE ? null
                : what + ": expected about " + expected + "/s, got " + actual + "/s";
    }

    @Test
    void nodeFileGuestsWithDisksAndNicsKeyedByMac() throws HostException {
        try (Host host = LibvirtHosts.open(TestHosts.nodeUri(), false)) {
            CounterSnapshot snap = host.stats().sample(List.of());
            Map<String, GuestCounters> byName = snap.guests().stream()
                    .collect(Collectors.toMap(GuestCounters::name, Function.identity()));
            assertEquals(List.of("alpha", "beta"), byName.keySet().stream().sorted().toList(), "gamma is off");
            GuestCounters alpha = byName.get("alpha");
            assertEquals(TestHosts.ALPHA, alpha.uuid());
            assertEquals(GuestState.RUNNING, alpha.state());
            assertEquals(2, alpha.vcpus());
            assertTrue(alpha.cpuTimeNs() > 0);
            assertEquals(List.of("hda", "vdb"), alpha.disks().stream().map(BlockCounters::device).toList());
            NetCounters nic = alpha.nics().get(0);
            assertEquals("52:54:00:aa:00:01", nic.mac(), "MACs are lower case");
            assertEquals("tapalpha0", nic.hostDevice());
            assertTrue(nic.rxBytes() > 0);
            assertEquals("52:54:00:bb:00:02", byName.get("beta").nics().get(0).mac());
        }
    }

    @Test
    void onlyTheAskedGuests() throws HostException {
        try (Host host = LibvirtHosts.open(TestHosts.nodeUri(), false)) {
            CounterSnapshot snap = host.stats().sample(List.of(TestHosts.BETA.toUpperCase()));
            assertEquals(List.of("beta"), snap.guests().stream().map(GuestCounters::name).toList());
            assertEquals(List.of(), host.stats().sample(List.of(TestHosts.GAMMA)).guests(), "shut off: absent");
            assertEquals(List.of(), host.stats().sample(List.of("99999999-0000-0000-0000-000000000000")).guests());
        }
    }

    @Test
    void aGuestStoppedBetweenTicksIsLeftOut() throws HostException {
        try (Host host = LibvirtHosts.open(TestHosts.nodeUri(), true)) {
            assertEquals(2, host.stats().sample(List.of()).guests().size());
            host.destroy(TestHosts.ALPHA);
            List<GuestCounters> left = host.stats().sample(List.of()).guests();
            assertEquals(List.of("beta"), left.stream().map(GuestCounters::name).toList());
        }
    }
}
