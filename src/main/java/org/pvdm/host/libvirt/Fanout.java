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
 * round trips instead of N. Results come back in the items' order.
 */
final class Fanout {

    /** Enough calls in flight to hide a WAN round trip; libvirtd serves 5 worker threads per client by default. */
    static final int THREADS = 32;

    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, daemonThreads());

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
        List<Future<Result<R>>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(POOL.submit(() -> one(item, body)));
        }
        List<Result<R>> out = new ArrayList<>(items.size());
        for (Future<Result<R>> f : futures) {
            out.add(join(f));
        }
        return out;
    }

    private static <T, R> Result<R> one(T item, Call<T, R> body) {
        try {
            return new Result<>(body.run(item), null);
        } catch (LibvirtException e) {
            return new Result<>(null, e);
        }
    }

    private static <R> Result<R> join(Future<Result<R>> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
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
