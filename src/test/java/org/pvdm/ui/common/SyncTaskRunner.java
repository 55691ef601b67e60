package org.pvdm.ui.common;

import java.util.function.Consumer;
import org.pvdm.testsupport.CallingThreadRunner;

/** Runs work and callbacks at once on the calling thread: for view-model tests. */
public final class SyncTaskRunner extends CallingThreadRunner {

    @Override
    public <T> void run(String what, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        complete(work, onSuccess, onFailure);
    }
}
