package org.pvdm.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work on a small pool of daemon threads and its callbacks on the JavaFX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService pool;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running");

    public FxTaskRunner(int threads) {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pvdm-work-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public <T> void run(String what, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        if (pool.isShutdown()) {
            // the window is closing: a late timer or listener asks for work nobody will see
            LOG.debug("{}: not started, pvdm is closing", what);
            return;
        }
        onUi(() -> running.set(running.get() + 1));
        try {
            execute(what, work, onSuccess, onFailure);
        } catch (RejectedExecutionException closing) {
            LOG.debug("{}: not started, pvdm is closing", what);
            onUi(() -> running.set(running.get() - 1));
        }
    }

    private <T> void execute(String what, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        pool.execute(() -> {
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
    }
}
