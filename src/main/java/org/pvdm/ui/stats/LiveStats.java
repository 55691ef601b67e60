package org.pvdm.ui.stats;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.pvdm.host.StatsSource;
import org.pvdm.stats.History;
import org.pvdm.stats.Recording;
import org.pvdm.stats.Sampler;
import org.pvdm.ui.common.TaskRunner;

/**
 * One sampler for one host, appending to a history that may be shared with another host's sampler. Each tick is stored and turned into a frame on
 * the sampler thread; the FX thread gets only the newest frame (frames it has not drawn yet are replaced,
 * never queued).
 */
final class LiveStats implements AutoCloseable {
    private final Sampler sampler;
    private final History history;
    private final TaskRunner runner;
    private final Consumer<StatsFrame> onFrame;
    private final AtomicReference<StatsFrame> pending = new AtomicReference<>();
    private final boolean watchAll;
    private volatile Watch watch = Watch.none();
    private final java.util.concurrent.atomic.AtomicLong ticks = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param history  the connection's history: it outlives this sampler, so charts keep their points when
     *                 the view is hidden or the interval changes
     * @param watchAll sample every running guest, not only the shown ones (benchmarks)
     */
    LiveStats(String name, StatsSource source, Duration interval, History history, boolean watchAll,
              TaskRunner runner, Consumer<StatsFrame> onFrame) {
        this.sampler = new Sampler(name, source, interval);
        this.history = history;
        this.runner = runner;
        this.onFrame = onFrame;
        this.watchAll = watchAll;
        sampler.addListener(tick -> {
            ticks.incrementAndGet();
            history.append(tick);
            hand(FrameBuilder.build(tick, history, watch, StatsViewModel.CHART_WINDOW));
        });
        sampler.watch(java.util.Set.of());
    }

    private void hand(StatsFrame frame) {
        if (pending.getAndSet(frame) == null) {
            runner.onUi(() -> {
                StatsFrame newest = pending.getAndSet(null);
                if (newest != null) {
                    onFrame.accept(newest);
                }
            });
        }
    }

    /** Draws w, sampling only the given guests (those of w on this sampler's host). */
    void watch(Watch w, java.util.Set<String> uuids) {
        watch = w;
        if (watchAll) {
            sampler.watchAll();
        } else {
            sampler.watch(uuids);
        }
    }

    Watch watch() {
        return watch;
    }

    void start() {
        sampler.start();
    }

    void stop() {
        sampler.stop();
    }

    void pause(boolean paused) {
        if (paused) {
            sampler.pause();
        } else {
            sampler.resume();
        }
    }

    /** Ticks received, paused ones included (tests). */
    long ticks() {
        return ticks.get();
    }

    @Override
    public void close() {
        sampler.close();
    }
}
