package org.pvdm.ui.common;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on a small pool of daemon threads and its callbacks on the JavaFX thread. Each open host gets a
 * {@linkplain #lane lane} of its own: with one pool shared by every host, 20 hosts opened at once queued behind
 * each other's round trips, and a dead host held a thread for its whole connect bound. A lane is one thread, so
 * a host's calls run in the order they were asked for: its guest events are unsubscribed before its connection
 * closes (closed first, libvirt kept calling a listener nobody held any more). Its many reads are in parallel
 * over the connection itself ({@link org.pvdm.host.Host#definitions}).
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private static final AtomicInteger LANES = new AtomicInteger();

    private final ExecutorService pool;
    private final Set<Lane> lanes = ConcurrentHashMap.newKeySet();
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running");

    public FxTaskRunner(int threads) {
        this.pool = pool(threads, "pvdm-work-");
    }

    /** Threads are made as work comes and end after 30 s unused, so an idle host holds none. */
    private static ThreadPoolExecutor pool(int threads, String prefix) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor p = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory);
        p.allowCoreThreadTimeOut(true);
        return p;
    }

    @Override
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public <T> void run(String what, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        submit(pool, what, work, onSuccess, onFailure);
    }

    @Override
    public TaskRunner lane(String name) {
        Lane lane = new Lane(pool(1, "pvdm-host-" + LANES.incrementAndGet()), name);
        lanes.add(lane);
        if (pool.isShutdown()) {
            lane.endLane();
        }
        return lane;
    }

    private <T> void submit(ExecutorService on, String what, Work<T> work, Consumer<? super T> onSuccess,
                            Consumer<Throwable> onFailure) {
        if (on.isShutdown()) {
            // the window (or this host) is closing: a late timer or listener asks for work nobody will see
            LOG.debug("{}: not started, pvdm is closing", what);
            return;
        }
        onUi(() -> running.set(running.get() + 1));
        try {
            on.execute(() -> {
                long start = System.nanoTime();
                try {
                    T result = work.call();
                    LOG.debug("{}: done in {} ms", what, (System.nanoTime() - start) / 1_000_000);
                    Platform.runLater(() -> finish(() -> onSuccess.accept(result)));
                } catch (Exception | LinkageError e) {
                    LOG.debug("{}: failed", what, e);
                    Platform.runLater(() -> finish(() -> onFailure.accept(e)));
                }
            });
        } catch (RejectedExecutionException closing) {
            LOG.debug("{}: not started, pvdm is closing", what);
            onUi(() -> running.set(running.get() - 1));
        }
    }

    private void finish(Runnable callback) {
        running.set(running.get() - 1);
        callback.run();
    }

    @Override
    public void onUi(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    @Override
    public void later(Runnable r) {
        Platform.runLater(r);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        lanes.forEach(l -> l.pool.shutdownNow());
        lanes.clear();
    }

    /** One host's work: its own thread, in order; the runner's callbacks and busy count. */
    private final class Lane implements TaskRunner {
        private final ExecutorService pool;
        private final String name;

        Lane(ExecutorService pool, String name) {
            this.pool = pool;
            this.name = name;
        }

        @Override
        public <T> void run(String what, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            submit(pool, what, work, onSuccess, onFailure);
        }

        @Override
        public TaskRunner lane(String other) {
            return FxTaskRunner.this.lane(other);
        }

        @Override
        public void endLane() {
            LOG.debug("no more work for {}", name);
            lanes.remove(this);
            pool.shutdown(); // what was asked for (closing the connection) still runs
        }

        @Override
        public void onUi(Runnable r) {
            FxTaskRunner.this.onUi(r);
        }

        @Override
        public void later(Runnable r) {
            FxTaskRunner.this.later(r);
        }

        @Override
        public ReadOnlyIntegerProperty runningProperty() {
            return running.getReadOnlyProperty();
        }
    }
}
