package org.pvdm.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.pvdm.host.CounterSnapshot;
import org.pvdm.host.HostException;
import org.pvdm.host.StatsSource;

/**
 * A fake StatsSource: call N returns a guest A whose counters are N * 1000 at N seconds, or throws what
 * the test put in {@link #failOn}. Records the requested UUIDs and the largest number of overlapping calls.
 */
class ScriptedSource implements StatsSource {
    final List<Collection<String>> requests = new ArrayList<>();
    final List<Thread> threads = new ArrayList<>();
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger inside = new AtomicInteger();
    volatile int maxInside;
    volatile java.util.function.IntPredicate failOn = n -> false;

    @Override
    public CounterSnapshot sample(Collection<String> uuids) throws HostException {
        int now = inside.incrementAndGet();
        maxInside = Math.max(maxInside, now);
        try {
            int n = calls.incrementAndGet();
            synchronized (this) {
                requests.add(List.copyOf(uuids));
                threads.add(Thread.currentThread());
            }
            before(n);
            if (failOn.test(n)) {
                throw new HostException(HostException.Kind.UNREACHABLE, "cannot reach host.example");
            }
            return Fixtures.snap(n * 1_000_000_000L, Fixtures.linear(Fixtures.A, "hda", n * 1000L));
        } finally {
            inside.decrementAndGet();
        }
    }

    /** Hook run inside call {@code n} before it answers. */
    void before(int n) {
    }
}
