package org.pvdm.stats;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.pvdm.host.StatsSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Samples one connection's counters on one background thread (daemon, named "pvdm-stats-NAME"), once
 * per interval, and hands every listener one immutable {@link StatsTick} per tick.
 *
 * <p>Listeners run ON THE SAMPLER THREAD: a UI must hand the tick to its own thread (for JavaFX,
 * {@code Platform.runLater}) and must not block. A listener that throws is logged and skipped.
 *
 * <p>Ticks sit on a fixed grid; a tick that falls behind (a sample took longer than the interval) is
 * dropped and counted, never queued. A sample that fails (connection lost...) gives a paused tick with
 * the reason; the sampler keeps ticking and every series starts again when sampling succeeds again.
 * A source that is {@link AutoCloseable} (a {@link ReconnectingSource}) is closed with the sampler.
 */
public final class Sampler implements AutoCloseable {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);
    public static final Duration MIN_INTERVAL = Duration.ofMillis(250);
    public static final Duration MAX_INTERVAL = Duration.ofSeconds(60);
    public static final String PAUSED = "paused";

    private static final Logger LOG = LoggerFactory.getLogger(Sampler.class);

    private final String name;
    private final StatsSource source;
    private final Duration interval;
    private final LongSupplier nanoClock;
    private final ScheduledExecutorService executor;
    private final List<Consumer<StatsTick>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final SamplerCore core;

    private volatile Set<String> watched; // null = every running guest
    private volatile boolean paused;
    private ScheduledFuture<?> pending;    // guarded by lock
    private TickPlanner planner;           // guarded by lock
    private long generation;               // guarded by lock: a stopped chain of ticks does not reschedule
    private volatile boolean closed;

    /** A sampler of every running guest at the default interval of 1 s; call {@link #start()}. */
    public Sampler(String name, StatsSource source) {
        this(name, source, DEFAULT_INTERVAL);
    }

    /** @throws IllegalArgumentException when the interval is outside 0.25 s to 60 s */
    public Sampler(String name, StatsSource source, Duration interval) {
        this(name, source, interval, System::nanoTime);
    }

    /** For tests: the clock that places ticks on their grid. */
    Sampler(String name, StatsSource source, Duration interval, LongSupplier nanoClock) {
        this.name = Objects.requireNonNull(name, "name");
        this.source = Objects.requireNonNull(source, "source");
        this.interval = checkInterval(interval);
        this.nanoClock = nanoClock;
        this.core = new SamplerCore(name, source);
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "pvdm-stats-" + name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Returns the interval if it is within 0.25 s to 60 s; otherwise IllegalArgumentException. */
    public static Duration checkInterval(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.compareTo(MIN_INTERVAL) < 0 || interval.compareTo(MAX_INTERVAL) > 0) {
            throw new IllegalArgumentException("the sampling interval must be between 0.25 s and 60 s, got "
                    + interval.toMillis() / 1000.0 + " s");
        }
        return interval;
    }

    public Duration interval() {
        return interval;
    }

    /** Samples every running guest (the default). */
    public void watchAll() {
        watched = null;
    }

    /** Samples only these guests (UUIDs) from the next tick on; an empty set samples nothing. */
    public void watch(Collection<String> uuids) {
        watched = Set.copyOf(uuids);
    }

    /** Adds a listener, called on the sampler thread; closing the returned handle removes it. */
    public AutoCloseable addListener(Consumer<StatsTick> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    /** Starts ticking now (no-op when already running). */
    public void start() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("sampler " + name + " is closed");
            }
            if (pending == null) {
                long dropped = planner == null ? 0 : planner.dropped();
                planner = new TickPlanner(nanoClock.getAsLong(), interval.toNanos(), dropped);
                long chain = ++generation;
                core.requestReset();
                pending = executor.schedule(() -> tick(chain), 0, TimeUnit.NANOSECONDS);
            }
        }
    }

    /** Stops ticking; {@link #start()} may start again (every series then starts again). */
    public void stop() {
        synchronized (lock) {
            generation++;
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }
    }

    /** Keeps ticking but samples nothing: every tick is paused with reason {@value #PAUSED}. */
    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    public boolean isRunning() {
        synchronized (lock) {
            return pending != null;
        }
    }

    /** Ticks dropped so far because a sample took longer than the interval. */
    public long droppedTicks() {
        synchronized (lock) {
            return planner == null ? 0 : planner.dropped();
        }
    }

    /** Why sampling is paused right now ("connection lost: ..."), or empty when it works. */
    public Optional<String> pauseReason() {
        return Optional.ofNullable(paused ? PAUSED : core.failure());
    }

    /**
     * Stops the thread and returns at once (never waits on the host); idempotent. A sample in progress
     * finishes on its own and is not delivered. The sampler cannot start again.
     */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            stop();
        }
        executor.shutdownNow();
        if (source instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.debug("sampler {}: closing its source failed", name, e);
            }
        }
    }

    private void tick(long chain) {
        StatsTick tick = paused ? core.pausedTick(PAUSED, droppedTicks()) : core.sample(watched, droppedTicks());
        if (closed) {
            return;
        }
        for (Consumer<StatsTick> listener : listeners) {
            try {
                listener.accept(tick);
            } catch (RuntimeException e) {
                LOG.warn("sampler {}: a statistics listener failed", name, e);
            }
        }
        synchronized (lock) {
            if (chain == generation && !closed) {
                pending = executor.schedule(() -> tick(chain), planner.afterTick(nanoClock.getAsLong()),
                        TimeUnit.NANOSECONDS);
            }
        }
    }
}
