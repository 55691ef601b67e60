package org.pvdm.host.libvirt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FanoutTest {

    /**
     * Two connections listed at once each get their full set of calls in flight: every call below waits until
     * all calls of both lists are in flight together, which a pool shared by both could never reach (the
     * barrier breaks after a minute instead and the listing fails).
     */
    @Test
    void eachListingHasItsOwnCallsInFlight() throws Exception {
        int perList = Fanout.THREADS;
        CyclicBarrier all = new CyclicBarrier(2 * perList);
        List<Integer> items = IntStream.range(0, perList).boxed().toList();
        Fanout.Call<Integer, Integer> call = i -> {
            try {
                all.await(60, TimeUnit.SECONDS);
                return i * 2;
            } catch (Exception e) {
                throw new IllegalStateException("not all calls were in flight together", e);
            }
        };
        CompletableFuture<List<Fanout.Result<Integer>>> a = CompletableFuture.supplyAsync(() -> Fanout.map(items, true, call));
        CompletableFuture<List<Fanout.Result<Integer>>> b = CompletableFuture.supplyAsync(() -> Fanout.map(items, true, call));
        for (List<Fanout.Result<Integer>> results : List.of(a.get(), b.get())) {
            List<Integer> values = new ArrayList<>();
            for (Fanout.Result<Integer> r : results) {
                assertNull(r.error());
                values.add(r.value());
            }
            assertEquals(items.stream().map(i -> i * 2).toList(), values, "results in the items' order");
        }
    }

    @Test
    void moreItemsThanThreadsAllComeBackInOrder() {
        List<Integer> items = IntStream.range(0, 5 * Fanout.THREADS + 3).boxed().toList();
        List<Fanout.Result<String>> out = Fanout.map(items, true, i -> "v" + i);
        assertEquals(items.stream().map(i -> "v" + i).toList(), out.stream().map(Fanout.Result::value).toList());
    }

    /**
     * A call that throws (a bug in the caller's code) ends the map only once every other call has returned: the
     * caller frees the items (domain handles) right after, and a call still running would use freed memory.
     */
    @Test
    void aCallThatThrowsEndsTheMapOnlyAfterEveryOtherCall() throws Exception {
        int n = Fanout.THREADS;
        java.util.concurrent.CountDownLatch lastStarted = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger thrown = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean lastDone = new java.util.concurrent.atomic.AtomicBoolean();
        Fanout.Call<Integer, Integer> call = i -> {
            if (i < n - 1) {
                thrown.incrementAndGet();
                throw new IllegalArgumentException("a bug in call " + i);
            }
            lastStarted.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            lastDone.set(true);
            return i;
        };
        java.util.concurrent.atomic.AtomicReference<Boolean> doneWhenThrown = new java.util.concurrent.atomic.AtomicReference<>();
        Thread mapper = new Thread(() -> {
            try {
                Fanout.map(IntStream.range(0, n).boxed().toList(), true, call);
            } catch (IllegalArgumentException e) {
                doneWhenThrown.set(lastDone.get());
            }
        });
        mapper.start();
        lastStarted.await();
        while (thrown.get() < n - 1
                || mapper.getState() != Thread.State.WAITING && mapper.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait(); // the failing calls have thrown; the map has thrown too (the defect) or waits
        }
        release.countDown();
        mapper.join();
        assertTrue(Boolean.TRUE.equals(doneWhenThrown.get()), "the map threw while a call still ran: " + doneWhenThrown);
    }
}
