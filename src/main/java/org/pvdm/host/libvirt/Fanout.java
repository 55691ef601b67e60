package org.pvdm.host.libvirt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.libvirt.LibvirtException;

/**
 * Runs one libvirt call per item on a few threads of the same connection. libvirt's remote client pipelines
 * calls made from several threads over its one socket, so over a slow link N guests cost about N / THREADS
 * round trips instead of N. Results come back in the items' order. Each call of {@link #map} has its own
 * {@link #THREADS} workers: with one pool of THREADS shared by every connection, 20 slow hosts listed at once
 * queued behind each other's round trips (6 - 9 times one host's time instead of about the same).
 */
final class Fanout {

    /** Enough calls in flight to hide a WAN round trip; libvirtd serves 5 worker threads per client by default. */
    static final int THREADS = 32;

    /** Threads are made as several connections need them and end after a minute unused. */
    private static final ExecutorService POOL = Executors.newCachedThreadPool(daemonThreads());

    @FunctionalInterface
    interface Call<T, R> {
        R run(T item) throws LibvirtException;
    }

    /** The outcome for one item: a value or the libvirt error it raised. */
    record Result<R>(R value, LibvirtException error) {}

    private Fanout() {}

    /**
     * Calls body for each item, in parallel when asked and there are several; never throws for one item's failure.
     *
     * @param parallel false runs the calls one after another on this thread: for a local host (the test driver
     *                 runs in this process, a local libvirtd answers at once) threads save no waiting and cost CPU
     */
    static <T, R> List<Result<R>> map(List<T> items, boolean parallel, Call<T, R> body) {
        if (items.size() <= 1 || !parallel) {
            List<Result<R>> out = new ArrayList<>(items.size());
            items.forEach(i -> out.add(one(i, body)));
            return out;
        }
        int n = items.size();
        @SuppressWarnings("unchecked")
        Result<R>[] results = new Result[n];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(THREADS, n); w++) {
            workers.add(POOL.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    results[i] = one(items.get(i), body);
                }
            }));
        }
        // every worker ends before this returns or throws: the items (domain handles) may be freed right after
        RuntimeException failed = null;
        for (Future<?> f : workers) {
            try {
                join(f);
            } catch (RuntimeException e) {
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            throw failed;
        }
        return java.util.Arrays.asList(results);
    }

    /** One call on a worker of the pool, for a few calls that should share a round trip on a slow link. */
    static <R> Future<R> submit(java.util.concurrent.Callable<R> call) {
        return POOL.submit(call);
    }

    /** The outcome of {@link #submit}: waits for it (an interrupt waits too, then is re-asserted). */
    static <R> R await(Future<R> f) {
        join(f);
        try {
            return f.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e); // join has already waited and rethrown any failure
        }
    }

    private static <T, R> Result<R> one(T item, Call<T, R> body) {
        try {
            return new Result<>(body.run(item), null);
        } catch (LibvirtException e) {
            return new Result<>(null, e);
        }
    }

    private static void join(Future<?> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    f.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true; // the call is in flight on the connection: wait for it, then re-assert
                }
            }
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "pvdm-libvirt-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
