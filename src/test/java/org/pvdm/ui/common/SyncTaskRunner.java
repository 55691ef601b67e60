package org.pvdm.ui.common;

import java.util.function.Consumer;

/** Runs work and callbacks at once on the calling thread: for view-model tests. */
public final class SyncTaskRunner implements TaskRunner {

    @Override
    public <T> void run(String what, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
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
    public void onUi(Runnable r) {
        r.run();
    }

    @Override
    public void later(Runnable r) {
        r.run();
    }
}
