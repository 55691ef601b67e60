package org.pvdm.stats;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pvdm.host.CounterSnapshot;
import org.pvdm.host.HostException;
import org.pvdm.host.StatsSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a {@link Sampler} does in one tick: sample, compute rates, build the tick, remember a failure.
 * Touched on the sampler thread only, except {@link #failure()} and {@link #requestReset()}.
 */
final class SamplerCore {
    private static final Logger LOG = LoggerFactory.getLogger(SamplerCore.class);

    private final String name;
    private final StatsSource source;
    private final RateCalculator rates = new RateCalculator();
    private volatile String failure;
    private volatile boolean resetRequested;
    private long sequence;

    SamplerCore(String name, StatsSource source) {
        this.name = name;
        this.source = source;
    }

    /** Why the last sample failed, or null when it succeeded. */
    String failure() {
        return failure;
    }

    /** Every series starts again at the next tick (after a stop or a pause). */
    void requestReset() {
        resetRequested = true;
    }

    /** A tick that samples nothing, e.g. while the user paused sampling. */
    StatsTick pausedTick(String reason, long dropped) {
        requestReset();
        return StatsTick.paused(++sequence, Instant.now(), System.nanoTime(), reason, dropped);
    }

    /** One sample of the watched guests (null = every running guest) and the rates since the last one. */
    StatsTick sample(Set<String> watched, long dropped) {
        if (resetRequested) {
            resetRequested = false;
            rates.reset();
        }
        if (watched != null) {
            rates.retain(watched);
            if (watched.isEmpty()) {
                return new StatsTick(++sequence, Instant.now(), System.nanoTime(), List.of(), Map.of(), null,
                        dropped, false);
            }
        }
        CounterSnapshot snapshot;
        try {
            snapshot = source.sample(watched == null ? List.of() : watched);
        } catch (HostException | RuntimeException e) {
            return failed(e, dropped);
        }
        if (failure != null) {
            LOG.info("sampler {}: statistics sampling works again (was: {})", name, failure);
            failure = null;
        }
        RateCalculator.Rates result = rates.update(snapshot);
        return new StatsTick(++sequence, snapshot.wallTime(), snapshot.monotonicNanos(), result.samples(),
                result.gaps(), null, dropped, snapshot.synthetic());
    }

    private StatsTick failed(Exception e, long dropped) {
        String reason = reason(e);
        if (!reason.equals(failure)) {
            if (e instanceof ReconnectingSource.Disconnected) {
                LOG.debug("sampler {}: {}", name, reason); // the source said the loss once; this is its countdown
            } else if (e instanceof HostException) {
                LOG.warn("sampler {}: statistics sampling paused: {}", name, reason);
            } else {
                LOG.error("sampler {}: statistics sampling paused: {}", name, reason, e);
            }
        }
        failure = reason;
        rates.reset();
        return StatsTick.paused(++sequence, Instant.now(), System.nanoTime(), reason, dropped);
    }

    /** "connection lost: MESSAGE" when the host is unreachable or timed out, else "sampling failed: ...". */
    static String reason(Exception e) {
        if (e instanceof ReconnectingSource.Disconnected d) {
            return d.getMessage();
        }
        if (e instanceof HostException he) {
            boolean lost = he.kind() == HostException.Kind.UNREACHABLE || he.kind() == HostException.Kind.TIMEOUT;
            return (lost ? "connection lost: " : "sampling failed: ") + he.getMessage();
        }
        return "sampling failed: " + e;
    }
}
