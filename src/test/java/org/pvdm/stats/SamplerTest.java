package org.pvdm.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SamplerTest {
    private static final Duration FAST = Duration.ofMillis(250);
    private static final long WAIT_S = 10; // generous bound for a loaded CI machine; never a timing assertion

    private static StatsTick next(BlockingQueue<StatsTick> ticks) throws InterruptedException {
        StatsTick tick = ticks.poll(WAIT_S, TimeUnit.SECONDS);
        assertNotNull(tick, "no tick within " + WAIT_S + " s");
        return tick;
    }

    @Test
    void intervalOutsideTheAllowedRangeIsRejected() {
        var tooShort = assertThrows(IllegalArgumentException.class,
                () -> new Sampler("x", new ScriptedSource(), Duration.ofMillis(100)));
        assertEquals("the sampling interval must be between 0.25 s and 60 s, got 0.1 s", tooShort.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Sampler.checkInterval(Duration.ofSeconds(61)));
        assertEquals(FAST, Sampler.checkInterval(FAST));
        assertEquals(Duration.ofSeconds(60), Sampler.checkInterval(Duration.ofSeconds(60)));
        try (Sampler sampler = new Sampler("x", new ScriptedSource())) {
            assertEquals(Duration.ofSeconds(1), sampler.interval());
        }
    }

    @Test
    void ticksArriveOnANamedDaemonThreadWithRates() throws Exception {
        ScriptedSource source = new ScriptedSource();
        BlockingQueue<StatsTick> ticks = new LinkedBlockingQueue<>();
        try (Sampler sampler = new Sampler("lab", source, FAST)) {
            sampler.addListener(tick -> {
                throw new IllegalStateException("a broken listener must not stop the others");
            });
            sampler.addListener(ticks::add);
            sampler.start();
            assertTrue(next(ticks).samples().isEmpty());
            StatsTick second = next(ticks);
            assertEquals(2, second.sequence());
            assertEquals(1000.0, second.samples().get(0).value(Metric.RD_OPS_S), 1e-9);
            Thread thread = source.threads.get(0);
            assertEquals("pvdm-stats-lab", thread.getName());
            assertTrue(thread.isDaemon());
            sampler.close();
            thread.join(TimeUnit.SECONDS.toMillis(WAIT_S));
            assertFalse(thread.isAlive(), "close() stops the thread");
            assertThrows(IllegalStateException.class, sampler::start);
        }
    }

    @Test
    void aSampleSlowerThanTheIntervalDropsTicksAndNeverOverlaps() throws Exception {
        AtomicLong clock = new AtomicLong();
        CountDownLatch inSecond = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScriptedSource source = new ScriptedSource() {
            @Override
            void before(int n) {
                if (n == 2) {
                    inSecond.countDown();
                    try {
                        release.await(WAIT_S, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        BlockingQueue<StatsTick> ticks = new LinkedBlockingQueue<>();
        try (Sampler sampler = new Sampler("slow", source, FAST, clock::get)) {
            sampler.addListener(ticks::add);
            sampler.start();
            assertTrue(inSecond.await(WAIT_S, TimeUnit.SECONDS));
            // the second sample (due at 250 ms) ends at 1100 ms: 500, 750 and 1000 ms are dropped
            clock.set(TimeUnit.MILLISECONDS.toNanos(1100));
            release.countDown();
            assertEquals(0, next(ticks).droppedTicks());
            assertEquals(0, next(ticks).droppedTicks());
            StatsTick third = next(ticks);
            assertEquals(3, third.sequence());
            assertEquals(3, third.droppedTicks());
            assertEquals(3, sampler.droppedTicks());
            assertEquals(1, source.maxInside, "samples never overlap");
        }
    }

    @Test
    void connectionLossPausesWithAReasonAndSamplingResumes() throws Exception {
        ScriptedSource source = new ScriptedSource();
        source.failOn = n -> n == 2;
        BlockingQueue<StatsTick> ticks = new LinkedBlockingQueue<>();
        try (Sampler sampler = new Sampler("flaky", source, FAST)) {
            sampler.addListener(ticks::add);
            sampler.start();
            assertFalse(next(ticks).isPaused());
            StatsTick lost = next(ticks);
            assertEquals("connection lost: cannot reach host.example", lost.pauseReason());
            StatsTick back = next(ticks);
            assertFalse(back.isPaused());
            assertTrue(back.samples().isEmpty());
            assertEquals(1000.0, next(ticks).samples().get(0).value(Metric.RD_OPS_S), 1e-9);
            assertTrue(sampler.pauseReason().isEmpty());
        }
    }

    @Test
    void pauseStopAndWatchedGuests() throws Exception {
        ScriptedSource source = new ScriptedSource();
        BlockingQueue<StatsTick> ticks = new LinkedBlockingQueue<>();
        try (Sampler sampler = new Sampler("ctl", source, FAST)) {
            sampler.addListener(ticks::add);
            sampler.watch(List.of(Fixtures.A));
            sampler.pause();
            sampler.start();
            StatsTick paused = next(ticks);
            assertEquals(Sampler.PAUSED, paused.pauseReason());
            assertEquals(Sampler.PAUSED, sampler.pauseReason().orElseThrow());
            assertEquals(0, source.calls.get(), "a paused sampler does not sample");
            sampler.resume();
            StatsTick resumed;
            do {
                resumed = next(ticks);
            } while (resumed.isPaused());
            assertEquals(List.of(Fixtures.A), source.requests.get(0));
            sampler.stop();
            assertFalse(sampler.isRunning());
            ticks.clear();
            sampler.start();
            assertTrue(sampler.isRunning());
            StatsTick restarted;
            do {
                restarted = next(ticks);
            } while (restarted.isPaused());
            assertTrue(restarted.samples().isEmpty(), "after stop/start every series starts again");
        }
    }
}
