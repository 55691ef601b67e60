package org.pvdm.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The one way the GUI calls anything that may block (every {@link org.pvdm.host.Host} call): the work runs
 * off the JavaFX thread, and exactly one of the callbacks runs afterwards on the JavaFX thread. View-model
 * tests swap in runners of their own (src/test) that run work at once or step by step.
 */
public interface TaskRunner {

    /** Work that may block and may fail. */
    @FunctionalInterface
    interface Work<T> {
        T call() throws Exception;
    }

    /**
     * Runs work in the background.
     *
     * @param what      what the work does, for the log ("list the guests of demo host")
     * @param onSuccess called on the UI thread with the result
     * @param onFailure called on the UI thread with what went wrong
     */
    <T> void run(String what, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs r on the UI thread (later, or now when already on it and the runner is synchronous). */
    void onUi(Runnable r);

    /** Runs r on the UI thread after the current event (at once for a synchronous runner). */
    void later(Runnable r);

    /**
     * A runner for one open host: its work runs on a thread of its own, one task after the other in the order
     * asked for, so a host that hangs (a dead link waits for the connect bound) or has much to read never
     * queues another host's work behind it; its callbacks still run on the UI thread and it counts in
     * {@link #runningProperty}. End it with {@link #endLane}. A runner without threads of its own (tests)
     * returns itself.
     */
    default TaskRunner lane(String name) {
        return this;
    }

    /** For a lane: finishes the work already asked for, then takes no more. Does nothing for other runners. */
    default void endLane() {
    }

    /**
     * How many tasks are queued or running, for the status bar's busy indicator; read it on the UI thread.
     * A runner that finishes its work before {@link #run} returns never has one.
     */
    default ReadOnlyIntegerProperty runningProperty() {
        return new ReadOnlyIntegerWrapper(this, "running", 0).getReadOnlyProperty();
    }
}
