package org.pvdm.testsupport;

import java.util.function.Consumer;
import org.pvdm.ui.common.TaskRunner;

/**
 * What test runners share: the UI thread is the calling (test) thread, so {@link #onUi} and {@link #later}
 * run at once, and {@link #complete} hands a finished piece of work to exactly one of its callbacks.
 */
public abstract class CallingThreadRunner implements TaskRunner {

    /** Calls the work and then onSuccess with its result, or onFailure with what it threw. */
    protected static <T> void complete(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | LinkageError e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public final void onUi(Runnable r) {
        r.run();
    }

    @Override
    public final void later(Runnable r) {
        r.run();
    }
}
