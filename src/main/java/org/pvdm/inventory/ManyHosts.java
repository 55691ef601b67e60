package org.pvdm.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostUris;

/**
 * The inventories of several hosts at once: each host on its own thread, so the whole takes about as long as
 * the slowest host, and a dead host costs its connect bound without delaying the others.
 */
public final class ManyHosts {

    /** Opens one host (read-only, with the caller's connect bound). */
    @FunctionalInterface
    public interface Opener {
        Host open(String uri) throws HostException;
    }

    private ManyHosts() {}

    /** One entry per URI, in the given order. */
    public static List<HostRows> list(List<String> uris, Opener opener) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, uris.size()), r -> {
            Thread t = new Thread(r, "pvdm-host");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<HostRows>> futures = new ArrayList<>();
            for (String uri : uris) {
                futures.add(pool.submit(() -> one(uri, opener)));
            }
            List<HostRows> out = new ArrayList<>();
            for (Future<HostRows> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("listing a host failed unexpectedly", e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static HostRows one(String uri, Opener opener) {
        try (Host host = opener.open(uri)) {
            return new HostRows(uri, host.displayName(), new Inventory(host).list(), null);
        } catch (HostException e) {
            return new HostRows(uri, HostUris.displayName(uri), List.of(), e);
        }
    }
}
