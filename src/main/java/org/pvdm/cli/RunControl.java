package org.pvdm.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a sampling command ends: it finished (enough ticks, time is up) or the user pressed Ctrl-C. The
 * JVM's shutdown hook only signals and then waits (bounded) until the command closed its sampler and host
 * on its own thread, so nothing is closed under a running libvirt call twice. Open it BEFORE the host in a
 * try-with-resources, so it closes last.
 */
final class RunControl implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunControl.class);
    private static final long CLEANUP_WAIT_SECONDS = 5;

    private final CountDownLatch done = new CountDownLatch(1);
    private final CountDownLatch cleaned = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean interrupted;

    private RunControl() {
        hook = new Thread(this::onShutdown, "pvdm-ctrl-c");
    }

    static RunControl install() {
        RunControl control = new RunControl();
        Runtime.getRuntime().addShutdownHook(control.hook);
        return control;
    }

    /** The command has what it wanted: {@link #await()} returns. Safe from any thread, idempotent. */
    void finish() {
        done.countDown();
    }

    /** Waits until {@link #finish()} or Ctrl-C; true when the user interrupted. */
    boolean await() {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            interrupted = true;
        }
        return interrupted;
    }

    private void onShutdown() {
        interrupted = true;
        done.countDown();
        try {
            if (!cleaned.await(CLEANUP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.debug("the command did not finish closing within {} s of Ctrl-C", CLEANUP_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command closed its sampler and host: the shutdown hook may let the JVM go. */
    @Override
    public void close() {
        cleaned.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl-C): the hook is running and now returns
        }
    }
}
