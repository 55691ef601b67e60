package org.pvdm.ui.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.pvdm.testsupport.CallingThreadRunner;

/**
 * A runner whose background work waits until the test lets it run, one task at a time or all: so a test can
 * order what really races (a reply arriving after the session changed, a plan finishing after an apply
 * started). The work and its callback both run on the test thread, as the callback would on the FX thread.
 */
public final class ManualTaskRunner extends CallingThreadRunner {
    private final Deque<Task> queue = new ArrayDeque<>();
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);

    /** One queued piece of work: {@link #what} for assertions and failure messages. */
    public final class Task {
        private final String what;
        private final Runnable body;

        private Task(String what, Runnable body) {
            this.what = what;
            this.body = body;
        }

        public String what() {
            return what;
        }

        /** Runs this task now, out of order, and takes it off the queue. */
        public void run() {
            if (!queue.remove(this)) {
                throw new IllegalStateException("not queued (ran already?): " + what);
            }
            body.run();
        }

        @Override
        public String toString() {
            return what;
        }
    }

    @Override
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public <T> void run(String what, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        running.set(running.get() + 1);
        queue.add(new Task(what, () -> {
            running.set(running.get() - 1);
            complete(work, onSuccess, onFailure);
        }));
    }

    /** The queued tasks, oldest first. */
    public List<Task> pending() {
        return new ArrayList<>(queue);
    }

    /** The oldest queued task whose description contains {@code text}. */
    public Task find(String text) {
        return queue.stream().filter(t -> t.what.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no queued task \"" + text + "\"; queued: " + queue));
    }

    /** Runs queued tasks, and those they queue, until none is left. */
    public void runAll() {
        int guard = 0;
        while (!queue.isEmpty()) {
            if (++guard > 10_000) {
                throw new AssertionError("tasks keep queueing more tasks: " + queue);
            }
            queue.peekFirst().run();
        }
    }
}
