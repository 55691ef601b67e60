package org.pvdm.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.pvdm.host.CounterSnapshot;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.StatsSource;

/** Backoff 1 s doubling to 30 s, "disconnected, retrying in N s", and the same guests asked for after reconnecting. */
class ReconnectingSourceTest {
    private static final long S = 1_000_000_000L;
    private final AtomicLong clock = new AtomicLong(100 * S);
    private final AtomicInteger opens = new AtomicInteger();
    private final AtomicBoolean hostUp = new AtomicBoolean(false);
    private final List<Host> closed = new ArrayList<>();

    private Host fakeHost(StatsSource source) {
        return (Host) Proxy.newProxyInstance(Host.class.getClassLoader(), new Class<?>[] {Host.class}, (p, m, a) -> {
            switch (m.getName()) {
                case "stats": return source;
                case "close": synchronized (closed) { closed.add((Host) p); } return null;
                case "toString": return "fake host";
                case "hashCode": return System.identityHashCode(p);
                case "equals": return p == a[0];
                default: throw new UnsupportedOperationException(m.getName());
            }
        });
    }

    private int closedCount() {
        synchronized (closed) {
            return closed.size();
        }
    }

    private ReconnectingSource source(ScriptedSource first, ScriptedSource after) {
        return new ReconnectingSource(first, () -> {
            opens.incrementAndGet();
            if (!hostUp.get()) {
                throw new HostException(HostException.Kind.UNREACHABLE, "cannot connect to the host: Connection refused");
            }
            return fakeHost(after);
        }, clock::get);
    }

    private String failure(ReconnectingSource s) {
        HostException e = assertThrows(HostException.class, () -> s.sample(List.of(Fixtures.A)));
        assertTrue(e instanceof ReconnectingSource.Disconnected, e.toString());
        return SamplerCore.reason(e);
    }

    @Test
    void backsOffFromOneSecondDoublingToThirtyAndResumesTheSameGuests() throws Exception {
        ScriptedSource first = new ScriptedSource();
        first.failOn = n -> n >= 2;
        ScriptedSource after = new ScriptedSource();
        ReconnectingSource s = source(first, after);
        s.sample(List.of(Fixtures.A));
        assertTrue(failure(s).startsWith("disconnected, retrying in 1 s (cannot reach host.example"), failure(s));
        assertEquals(0, opens.get(), "no attempt before the wait is over");
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            clock.addAndGet(s.backoff().isZero() ? S : s.backoff().toNanos());
            String why = failure(s);
            waits.add(s.backoff().toSeconds());
            assertEquals("disconnected, retrying in " + waits.get(i) + " s (cannot connect to the host: Connection refused)",
                    why);
        }
        assertEquals(List.of(2L, 4L, 8L, 16L, 30L, 30L, 30L), waits);
        assertEquals(7, opens.get(), "one attempt per wait");
        clock.addAndGet(10 * S);
        assertTrue(failure(s).contains("retrying in 20 s"), "counts down while waiting");
        assertEquals(7, opens.get());

        hostUp.set(true);
        clock.addAndGet(20 * S);
        CounterSnapshot back = s.sample(List.of(Fixtures.A));
        assertEquals(8, opens.get());
        assertEquals(1, back.guests().size());
        assertEquals(List.of(List.of(Fixtures.A)), after.requests, "the same guest, by UUID, on the new connection");
        assertEquals(java.time.Duration.ZERO, s.backoff());
    }

    @Test
    void aLostNewConnectionIsClosedAndRetriedFromOneSecond() throws Exception {
        ScriptedSource first = new ScriptedSource();
        first.failOn = n -> true;
        ScriptedSource after = new ScriptedSource();
        after.failOn = n -> n == 2;
        hostUp.set(true);
        ReconnectingSource s = source(first, after);
        failure(s);
        clock.addAndGet(S);
        s.sample(List.of());
        assertTrue(failure(s).startsWith("disconnected, retrying in 1 s"));
        for (int i = 0; i < 600 && closedCount() == 0; i++) {
            Thread.sleep(100); // the dead connection is closed on its own thread
        }
        synchronized (closed) {
            assertEquals(1, closed.size(), "the connection it opened and lost is closed");
        }
        s.close();
    }

    @Test
    void otherFailuresPassThrough() {
        StatsSource broken = uuids -> { throw new HostException(HostException.Kind.PERMISSION_DENIED, "denied"); };
        ReconnectingSource s = new ReconnectingSource(broken, () -> { throw new AssertionError("no reconnect"); });
        HostException e = assertThrows(HostException.class, () -> s.sample(List.of()));
        assertEquals("denied", e.getMessage());
    }
}
