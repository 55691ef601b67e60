package org.pvdm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pvdm.cli.Cli;
import org.pvdm.host.Host;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.stats.ReconnectingSource;
import org.pvdm.stats.Sampler;
import org.pvdm.stats.StatsTick;

/**
 * libvirtd killed during {@code pvdm stats}: the statistics say "disconnected, retrying in N s" with the
 * backoff, and when libvirtd is back the same guest's series (by UUID) come back, in the engine and the CLI.
 */
class StatsReconnectIT {
    private static final String GUEST = "i11fault-stats";
    private static PrivateLibvirtd daemon;
    private static String uuid;

    @BeforeAll
    static void up() throws Exception {
        daemon = PrivateLibvirtd.startOrSkip();
        try (Host h = LibvirtHosts.open(daemon.uri(), true)) {
            uuid = FaultGuest.define(daemon, h, GUEST);
            h.start(uuid);
        }
    }

    @AfterAll
    static void down() throws Exception {
        if (daemon != null) {
            daemon.start();
            try (Host h = LibvirtHosts.open(daemon.uri(), true)) {
                h.destroy(uuid);
            } catch (Exception e) {
                // already off
            }
            daemon.close();
        }
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 1200 && !done.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(done.getAsBoolean(), "waited 2 minutes for: " + what);
    }

    @Test
    void theEngineSaysDisconnectedBacksOffAndResumesTheSameGuest() throws Exception {
        daemon.start();
        List<StatsTick> ticks = new CopyOnWriteArrayList<>();
        try (Host host = LibvirtHosts.open(daemon.uri(), false);
             Sampler sampler = new Sampler("fault", new ReconnectingSource(host.stats(),
                     () -> LibvirtHosts.open(daemon.uri(), false)), Duration.ofMillis(250))) {
            sampler.watch(List.of(uuid));
            sampler.addListener(ticks::add);
            sampler.start();
            await("rates of " + GUEST, () -> ticks.stream().anyMatch(t -> hasGuest(t)));
            daemon.kill();
            await("'retrying in 2 s' after a failed attempt", () -> ticks.stream().anyMatch(t -> t.isPaused()
                    && t.pauseReason().startsWith("disconnected, retrying in 2 s")));
            assertTrue(ticks.stream().anyMatch(t -> t.isPaused()
                    && t.pauseReason().startsWith("disconnected, retrying in 1 s")), "the first wait is 1 s");
            int before = ticks.size();
            daemon.start();
            await("rates of the same guest again", () -> ticks.subList(before, ticks.size()).stream()
                    .anyMatch(StatsReconnectIT::hasGuest));
        }
    }

    private static boolean hasGuest(StatsTick t) {
        return t.samples().stream().anyMatch(s -> s.key().guestUuid().equalsIgnoreCase(uuid));
    }

    @Test
    void theCliSaysDisconnectedAndGoesOn() throws Exception {
        daemon.start();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> run = pool.submit(() -> Cli.run(new String[] {"stats", "--connect", daemon.uri(), GUEST,
                "--interval", "0.25", "--count", "12"}, new PrintWriter(out, true), new PrintWriter(err, true)));
            await("a first block of rates", () -> out.toString().contains("B/s"));
            daemon.kill();
            await("the disconnected line", () -> out.toString().contains("disconnected, retrying in"));
            int mark = out.toString().length();
            daemon.start();
            assertEquals(0, run.get(), err.toString());
            String after = out.toString().substring(mark);
            assertTrue(after.contains("B/s"), "rates again after the restart:\n" + after);
        } finally {
            pool.shutdownNow();
        }
    }
}
