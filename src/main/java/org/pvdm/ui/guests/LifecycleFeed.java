package org.pvdm.ui.guests;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.pvdm.host.LifecycleEvent;
import org.pvdm.ui.common.TaskRunner;
import org.pvdm.ui.hosts.HostSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribes to the lifecycle events of the current connection (in the background: it is a host call) and
 * hands each event to the UI thread; unsubscribes from the previous one. The unsubscribe is asked for at once
 * when the connection changes, so on a host's own runner (one thread, in order) it runs before the connection's
 * close asked for after it: closed first, libvirt kept a listener nobody held any more.
 */
final class LifecycleFeed {
    private static final Logger LOG = LoggerFactory.getLogger(LifecycleFeed.class);

    private final TaskRunner runner;
    private final Consumer<LifecycleEvent> onUi;
    private volatile HostSession session;
    private Subscription current;

    /** One subscription, filled in by its background call; ended exactly once, whichever runs first. */
    private static final class Subscription {
        final AtomicReference<AutoCloseable> handle = new AtomicReference<>();
        volatile boolean ended;

        void end() throws Exception {
            AutoCloseable h = handle.getAndSet(null);
            if (h != null) {
                h.close();
            }
        }
    }

    LifecycleFeed(TaskRunner runner, Consumer<LifecycleEvent> onUi) {
        this.runner = runner;
        this.onUi = onUi;
    }

    void switchTo(HostSession next) {
        Subscription old = current;
        current = null;
        session = next;
        if (old != null) {
            old.ended = true;
            runner.run("unsubscribe from guest events", () -> { old.end(); return null; }, x -> { }, x -> { });
        }
        if (next == null) {
            return;
        }
        Subscription mine = new Subscription();
        current = mine;
        runner.run("subscribe to guest events on " + next.label(), () -> {
            mine.handle.set(next.host().onLifecycle(ev -> runner.onUi(() -> {
                if (session == next) {
                    onUi.accept(ev);
                }
            })));
            if (mine.ended) {
                mine.end(); // left while subscribing, and the unsubscribe already ran
            }
            return null;
        }, x -> { }, failure -> LOG.warn("no live guest updates from {} (use Refresh, F5): {}", next.label(),
                failure.getMessage()));
    }
}
