package org.pvdm.ui.app;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for an exception no code caught (a bug), on any thread: a dialog saying what failed and
 * where to find details, the stack trace only in the -v log. One dialog at a time, so a failure repeated on
 * every frame does not bury the window.
 */
final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private final DialogService dialogs;
    private final Consumer<Runnable> onFxThread;
    private final AtomicBoolean pending = new AtomicBoolean();

    /** @param onFxThread runs a task on the FX thread (Platform::runLater in the app) */
    UncaughtErrors(DialogService dialogs, Consumer<Runnable> onFxThread) {
        this.dialogs = dialogs;
        this.onFxThread = onFxThread;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        LOG.error("internal error on thread {}: {} (run with -v for details)", thread.getName(), e.toString()
                .lines().findFirst().orElse(""));
        LOG.debug("internal error on thread {}", thread.getName(), e);
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        Problem bug = Problem.of("Internal error", e);
        onFxThread.accept(() -> {
            try {
                dialogs.showError(new Problem(bug.title(), bug.whatFailed(),
                        "this is a bug in pvdm: start it with -v for details and report the log"));
            } finally {
                pending.set(false);
            }
        });
    }
}
