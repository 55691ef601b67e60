package org.pvdm.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Posts a no-op to the JavaFX thread every 50 ms and keeps the worst delay until it ran: how long the FX thread
 * could not answer (its own work plus the OS not running the process on a busy machine). To tell the two apart
 * it also keeps the most CPU the FX thread itself used between two answered pings: a long delay with little
 * FX-thread CPU is the machine, not pvdm's work on the FX thread.
 */
final class FxPings implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fx-pings");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong worstNanos = new AtomicLong();
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong worstCpuNanos = new AtomicLong();
    private long lastCpu = -1; // FX thread only
    private final ScheduledFuture<?> task;

    FxPings() {
        task = timer.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> {
                worstNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                if (lastCpu >= 0) {
                    worstCpuNanos.accumulateAndGet(cpu - lastCpu, Math::max);
                }
                lastCpu = cpu;
                count.incrementAndGet();
            });
        }, 0, 50, TimeUnit.MILLISECONDS);
    }

    double worstMs() {
        return worstNanos.get() / 1e6;
    }

    /** The most CPU the FX thread used between two answered pings. */
    double worstFxCpuMs() {
        return worstCpuNanos.get() / 1e6;
    }

    long answered() {
        return count.get();
    }

    @Override
    public void close() {
        task.cancel(false);
        timer.shutdownNow();
    }
}
