package org.pvdm.ui.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pvdm.host.HostException;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.ui.common.FxTaskRunner;
import org.pvdm.ui.common.RecordingDialogs;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.ConnectionState;
import org.pvdm.ui.hosts.HostOpener;

/**
 * Many hosts opened at once with the app's real runner (a pool of 4): every host connects on threads of its own,
 * so 20 connects are under way together and a host that never answers delays no other. Proven with latches:
 * each connect waits until all of them have started, which a shared pool of 4 never lets happen.
 */
class OpenHostsConcurrencyTest {
    /** A safety net so a regression fails instead of hanging the build; no test here measures time. */
    private static final long NET_S = 60;

    private final FxTaskRunner runner = new FxTaskRunner(4); // as the app builds it
    private final CountDownLatch end = new CountDownLatch(1);

    @BeforeAll
    static void fx() throws InterruptedException {
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown();
        }
        Platform.setImplicitExit(false);
        up.await();
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
