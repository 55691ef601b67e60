package org.pvdm.ui.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.pvdm.host.Host;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.ui.common.TaskRunner;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.HostSession;

/**
 * The subscription is ended at once when the connection changes, even when its background call has finished but
 * its reply has not reached the UI thread yet: asked for only once the reply came, the unsubscribe ran after the
 * connection's close (which libvirt answers by keeping the listener).
 */
class LifecycleFeedOrderTest {

    /** Runs work at once, in order, on the calling thread; the replies wait until the test hands them over. */
    private static final class RepliesLater implements TaskRunner {
        final List<Runnable> replies = new ArrayList<>();

        @Override
        public <T> void run(String what, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            try {
                T r = work.call();
                replies.add(() -> onSuccess.accept(r));
            } catch (Exception e) {
                replies.add(() -> onFailure.accept(e));
            }
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

    @Test
    void leavingBeforeTheSubscribeReplyArrivedStillUnsubscribesBeforeTheClose() {
        FakeHost fake = new FakeHost("fake:///a", false);
        AtomicReference<Boolean> closedAtUnsubscribe = new AtomicReference<>();
        Host host = (Host) java.lang.reflect.Proxy.newProxyInstance(Host.class.getClassLoader(),
                new Class<?>[] {Host.class}, (proxy, m, args) -> {
                    Object r = m.invoke(fake, args);
                    if (m.getName().equals("onLifecycle")) {
                        AutoCloseable handle = (AutoCloseable) r;
                        return (AutoCloseable) () -> {
                            closedAtUnsubscribe.set(fake.closed());
                            handle.close();
                        };
                    }
                    return r;
                });
        RepliesLater runner = new RepliesLater();
        LifecycleFeed feed = new LifecycleFeed(runner, ev -> { });
        HostSession s = new HostSession(ConnectionEntry.of("fake:///a"), host, "");

        feed.switchTo(s);          // subscribed in the background; the reply not handed over yet
        feed.switchTo(null);       // the host is left
        host.close();              // and its close, asked for after that, runs
        while (!runner.replies.isEmpty()) {
            runner.replies.remove(0).run();
        }

        assertEquals(Boolean.FALSE, closedAtUnsubscribe.get(), "unsubscribed while the connection was still open");
    }
}
