package org.pvdm.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pvdm.host.HostException;
import org.pvdm.host.StatsSource;

class SamplerCoreTest {
    private final ScriptedSource source = new ScriptedSource();
    private final SamplerCore core = new SamplerCore("test", source);

    @Test
    void failingSamplePausesEverySeriesWithTheReasonAndResumes() {
        source.failOn = n -> n == 3 || n == 4;
        StatsTick first = core.sample(null, 0);
        StatsTick second = core.sample(null, 0);
        assertEquals(1000.0, second.samples().get(0).value(Metric.RD_OPS_S), 1e-9);

        StatsTick lost = core.sample(null, 0);
        assertTrue(lost.isPaused());
        assertEquals("connection lost: cannot reach host.example", lost.pauseReason());
        assertTrue(lost.samples().isEmpty());
        assertEquals("connection lost: cannot reach host.example", core.failure());
        StatsTick stillLost = core.sample(null, 0);
        assertTrue(stillLost.isPaused());

        StatsTick back = core.sample(null, 0);
        assertFalse(back.isPaused());
        assertNull(core.failure());
        assertTrue(back.samples().isEmpty(), "series start again after the outage, no rate across it");
        assertEquals(RateCalculator.FIRST_SAMPLE, back.gaps().get(SeriesKey.disk(Fixtures.A, "hda")));
        StatsTick next = core.sample(null, 0);
        assertEquals(1000.0, next.samples().get(0).value(Metric.RD_OPS_S), 1e-9);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L),
                List.of(first.sequence(), second.sequence(), lost.sequence(), stillLost.sequence(), back.sequence(), next.sequence()));
    }

    @Test
    void otherFailuresSaySamplingFailed() {
        assertEquals("sampling failed: no such guest",
                SamplerCore.reason(new HostException(HostException.Kind.NOT_FOUND, "no such guest")));
        assertEquals("connection lost: timed out",
                SamplerCore.reason(new HostException(HostException.Kind.TIMEOUT, "timed out")));
        assertTrue(SamplerCore.reason(new IllegalStateException("bug")).startsWith("sampling failed: "));
    }

    @Test
    void aRuntimeExceptionFromTheSourceAlsoPauses() {
        StatsSource broken = uuids -> {
            throw new IllegalStateException("bug in source");
        };
        StatsTick tick = new SamplerCore("broken", broken).sample(null, 0);
        assertTrue(tick.isPaused());
        assertTrue(tick.pauseReason().contains("bug in source"), tick.pauseReason());
    }

    @Test
    void watchedGuestsAreRequestedAndAnEmptySetSamplesNothing() {
        core.sample(null, 0);
        core.sample(Set.of(Fixtures.B), 0);
        StatsTick none = core.sample(Set.of(), 0);
        assertEquals(2, source.calls.get());
        assertEquals(List.of(List.of(), List.of(Fixtures.B)), source.requests);
        assertTrue(none.samples().isEmpty() && none.gaps().isEmpty() && !none.isPaused());
    }

    @Test
    void requestedResetStartsEverySeriesAgain() {
        core.sample(null, 0);
        core.requestReset();
        assertTrue(core.sample(null, 0).samples().isEmpty());
        assertEquals(1, core.sample(null, 0).samples().stream()
                .filter(s -> s.key().kind() == SeriesKind.DISK).count());
    }

}
