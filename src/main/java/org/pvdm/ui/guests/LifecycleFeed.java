package org.pvdm.ui.guests;

import java.util.function.Consumer;
import org.pvdm.host.LifecycleEvent;
import org.pvdm.ui.common.TaskRunner;
import org.pvdm.ui.hosts.HostSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribes to the lifecycle events of the current connection (in the background: it is a host call) and
 * hands each event to the UI thread; unsubscribes from the previous one.
 */
final class LifecycleFeed {
    private static final Logger LOG = LoggerFactory.getLogger(LifecycleFeed.class);

    private final TaskRunner runner;
    private final Consumer<LifecycleEvent> onUi;
    private volatile HostSession session;
    private AutoCloseable subscription;

    LifecycleFeed(TaskRunner runner, Consumer<LifecycleEvent> onUi) {
        this.runner = runner;
        this.onUi = onUi;
    }

    void switchTo(HostSession next) {
        AutoCloseable old = subscription;
        subscription = null;
        session = next;
        if (old != null) {
            runner.run("unsubscribe from guest events", () -> { old.close(); return null; }, x -> { }, x -> { });
        }
        if (next == null) {
            return;
        }
        runner.run("subscribe to guest events on " + next.label(), () -> {
            AutoCloseable handle = next.host().onLifecycle(ev -> runner.onUi(() -> {
                if (session == next) {
                    onUi.accept(ev);
                }
            }));
            if (session != next) {
                // left meanwhile: unsubscribe here, before the connection's close that was asked for after this
                handle.close();
                return null;
            }
            return handle;
        }, handle -> {
            if (handle == null) {
                return;
            }
            if (session == next) {
                subscription = handle;
            } else {
                runner.run("unsubscribe from guest events", () -> { handle.close(); return null; }, x -> { }, x -> { });
            }
        }, failure -> LOG.warn("no live guest updates from {} (use Refresh, F5): {}", next.label(),
                failure.getMessage()));
    }
}
