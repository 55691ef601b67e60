package org.pvdm.testsupport;

import java.util.function.Consumer;
import org.pvdm.ui.common.TaskRunner;

/**
 * What test runners share: the UI thread is the calling (test) thread, so {@link #onUi} and {@link #later}
 * run at once, and {@link #complete} hands a finished piece of work to exactly one of its callbacks.
 *
 * <p>Work may call {@link #onUi} from threads of its own (a batch applies four guests at once, each reporting its
 * steps): those calls run one at a time, as they would on the one FX thread. Run side by side, two of them added
 * to the same observable list at once, and the list's change builder threw in one guest's apply, which the batch
 * then reported as failed.
 */
public abstract class CallingThreadRunner implements TaskRunner {
    private final Object ui = new Object();

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
        synchronized (ui) {
            r.run();
        }
    }

    @Override
    public final void later(Runnable r) {
        synchronized (ui) {
            r.run();
        }
    }
}
