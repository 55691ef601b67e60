package org.pvdm.ui.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.ui.common.FxTaskRunner;
import org.pvdm.ui.common.RecordingDialogs;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.ConnectionState;
import org.pvdm.ui.hosts.HostOpener;
import org.testfx.api.FxToolkit;

/**
 * Many hosts opened at once with the app's real runner (a pool of 4): every host connects on threads of its own,
 * so 20 connects are under way together and a host that never answers delays no other. Proven with latches:
 * each connect waits until all of them have started, which a shared pool of 4 never lets happen. A host's own
 * calls still run in order: its guest events are unsubscribed before its connection closes.
 */
class OpenHostsConcurrencyTest {
    /** A safety net so a regression fails instead of hanging the build; no test here measures time. */
    private static final long NET_S = 60;

    private final FxTaskRunner runner = new FxTaskRunner(4); // as the app builds it
    private final CountDownLatch end = new CountDownLatch(1);

    @BeforeAll
    static void fx() throws Exception {
        FxToolkit.registerPrimaryStage(); // the toolkit as TestFX starts it, for the other UI tests of this JVM
    }

    @AfterEach
    void close() {
        end.countDown();
        runner.close();
    }

    @Test
    void twentyHostsConnectAtTheSameTime() throws Exception {
        int hosts = 20;
        CountDownLatch started = new CountDownLatch(hosts);
        HostOpener opener = new HostOpener((uri, writable, prompt) -> {
            started.countDown();
            if (!await(started, NET_S)) {
                throw new HostException(HostException.Kind.UNREACHABLE, "only " + (hosts - started.getCount())
                        + " of " + hosts + " connects were under way together");
            }
            return new FakeHost(uri, false);
        });
        OpenHosts open = fx(() -> new OpenHosts(runner, new RecordingDialogs(), opener, null));
        List<ConnectionEntry> entries = new ArrayList<>();
        for (int i = 0; i < hosts; i++) {
            entries.add(ConnectionEntry.of("qemu+tcp://host" + i + ".example/system"));
        }
        fx(() -> { entries.forEach(open::connect); return null; });

        assertTrue(started.await(NET_S, TimeUnit.SECONDS), "all " + hosts + " connects under way at once, only "
                + (hosts - started.getCount()) + " started");
        for (ConnectionEntry e : entries) {
            assertEquals(ConnectionState.CONNECTED, settled(open, e), e.label());
        }
    }

    @Test
    void aHostThatNeverAnswersDelaysNoOther() throws Exception {
        ConnectionEntry dead = ConnectionEntry.of("qemu+tcp://dead.example/system");
        ConnectionEntry live = ConnectionEntry.of("qemu+tcp://live.example/system");
        CountDownLatch deadCalled = new CountDownLatch(4);
        HostOpener opener = new HostOpener((uri, writable, prompt) -> {
            if (uri.contains("dead")) {
                deadCalled.countDown();
                await(end, Long.MAX_VALUE); // accepts and never answers, until the test is over
                throw new HostException(HostException.Kind.UNREACHABLE, "no answer");
            }
            return new FakeHost(uri, false);
        });
        OpenHosts open = fx(() -> new OpenHosts(runner, new RecordingDialogs(), opener, null));
        // four dead hosts: as many as the app's pool has threads
        List<ConnectionEntry> deads = List.of(dead, ConnectionEntry.of("qemu+tcp://dead2.example/system"),
                ConnectionEntry.of("qemu+tcp://dead3.example/system"), ConnectionEntry.of("qemu+tcp://dead4.example/system"));
        fx(() -> { deads.forEach(open::connect); return null; });
        assertTrue(deadCalled.await(NET_S, TimeUnit.SECONDS), "the dead hosts are being connected to");
        fx(() -> open.connect(live));

        assertEquals(ConnectionState.CONNECTED, settled(open, live), "the live host opened while the dead ones hang");
        assertEquals(ConnectionState.CONNECTING, fx(() -> open.find(dead).state()), "the dead host still waits");
    }

    @Test
    void aHostsEventsAreUnsubscribedBeforeItsConnectionCloses() throws Exception {
        unsubscribedBeforeClosed(false);
    }

    @Test
    void atExitTooEachHostsEventsAreUnsubscribedBeforeItsConnectionCloses() throws Exception {
        unsubscribedBeforeClosed(true);
    }

    private void unsubscribedBeforeClosed(boolean atExit) throws Exception {
        ConnectionEntry e = ConnectionEntry.of("qemu+tcp://one.example/system");
        FakeHost fake = new FakeHost(e.uri(), false);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Boolean> closedAtUnsubscribe = new AtomicReference<>();
        // the unsubscribe gives a close asked for after it the chance to overtake it (it must not)
        Host host = (Host) Proxy.newProxyInstance(Host.class.getClassLoader(), new Class<?>[] {Host.class},
                (proxy, m, args) -> {
                    Object r = invoke(m, fake, args);
                    if (m.getName().equals("close")) {
                        closed.countDown();
                    } else if (m.getName().equals("onLifecycle")) {
                        AutoCloseable handle = (AutoCloseable) r;
                        return (AutoCloseable) () -> {
                            closed.await(2, TimeUnit.SECONDS);
                            closedAtUnsubscribe.set(fake.closed());
                            handle.close();
                        };
                    }
                    return r;
                });
        OpenHosts open = fx(() -> new OpenHosts(runner, new RecordingDialogs(), new HostOpener((u, w, p) -> host), null));
        fx(() -> open.connect(e));
        assertEquals(ConnectionState.CONNECTED, settled(open, e));
        idle();
        assertEquals(1, fake.calls("onLifecycle"), "subscribed to the host's guest events");

        fx(() -> {
            if (atExit) {
                open.shutdown();
            } else {
                open.disconnect(open.find(e));
            }
            return null;
        });
        idle();
        assertEquals(Boolean.FALSE, closedAtUnsubscribe.get(), "the connection was still open when its events were"
                + " unsubscribed");
        assertTrue(fake.closed(), "then it was closed");
    }

    private static Object invoke(Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Waits until the runner has no work queued or running (or the safety net). */
    private void idle() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(NET_S);
        while (fx(() -> runner.runningProperty().get()) > 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
    }

    /** The host's state once it is no longer connecting (or after the safety net). */
    private static ConnectionState settled(OpenHosts open, ConnectionEntry e) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(NET_S);
        ConnectionState s = fx(() -> open.find(e).state());
        while (s == ConnectionState.CONNECTING && System.nanoTime() < until) {
            Thread.sleep(10);
            s = fx(() -> open.find(e).state());
        }
        return s;
    }

    private static boolean await(CountDownLatch latch, long seconds) throws HostException {
        try {
            return latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HostException(HostException.Kind.UNREACHABLE, "interrupted");
        }
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get();
    }
}
