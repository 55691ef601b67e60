package org.pvdm.host.libvirt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
