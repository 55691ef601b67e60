package org.pvdm.stats;

import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.pvdm.host.CounterSnapshot;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostFactory;
import org.pvdm.host.StatsSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link StatsSource} that survives a lost connection (libvirtd restarted, network gone): it drops the dead
 * connection and opens a new one with backoff, 1 s doubling to 30 s; meanwhile every sample fails with
 * {@link Disconnected} ("disconnected, retrying in N s"), which a {@link Sampler} shows as the pause reason.
 * The sampler asks for the same guests by UUID, so every series resumes on the new connection.
 *
 * <p>Called from the sampler thread only; the connections it opened itself are closed on {@link #close()}.
 */
public final class ReconnectingSource implements StatsSource, AutoCloseable {
    public static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    public static final Duration MAX_RETRY = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(ReconnectingSource.class);

    /** No connection right now; the message says when the next attempt is. */
    public static final class Disconnected extends HostException {
        private static final long serialVersionUID = 1L;

        Disconnected(String message) {
            super(Kind.UNREACHABLE, message);
        }
    }

    private final HostFactory opener;
    private final LongSupplier nanoClock;
    private StatsSource current;
    private final java.util.concurrent.atomic.AtomicReference<Host> owned =
            new java.util.concurrent.atomic.AtomicReference<>();
    private long backoff;
    private long retryAt;
    private String reason = "";
    private volatile boolean closed;

    /** @param initial the working source to start with (not closed by this class) */
    public ReconnectingSource(StatsSource initial, HostFactory opener) {
        this(initial, opener, System::nanoTime);
    }

    ReconnectingSource(StatsSource initial, HostFactory opener, LongSupplier nanoClock) {
        this.current = Objects.requireNonNull(initial, "initial");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.nanoClock = nanoClock;
    }

    @Override
    public synchronized CounterSnapshot sample(Collection<String> uuids) throws HostException {
        if (current == null) {
            reconnect();
        }
        try {
            return current.sample(uuids);
        } catch (HostException e) {
            if (!lost(e)) {
                throw e;
            }
            LOG.warn("statistics connection lost: {}", e.getMessage());
            drop();
            reason = e.getMessage();
            backoff = FIRST_RETRY.toNanos();
            retryAt = nanoClock.getAsLong() + backoff;
            throw disconnected(backoff);
        }
    }

    private void reconnect() throws HostException {
        long now = nanoClock.getAsLong();
        if (now < retryAt || closed) {
            throw disconnected(retryAt - now);
        }
        try {
            Host h = opener.open();
            owned.set(h);
            if (closed) {
                drop();
                throw disconnected(0);
            }
            current = h.stats();
            backoff = 0;
            LOG.info("statistics connection is back");
        } catch (Disconnected d) {
            throw d;
        } catch (HostException e) {
            reason = e.getMessage();
            backoff = Math.min(Math.max(backoff * 2, FIRST_RETRY.toNanos()), MAX_RETRY.toNanos());
            retryAt = nanoClock.getAsLong() + backoff;
            throw disconnected(backoff);
        }
    }

    private Disconnected disconnected(long waitNanos) {
        long s = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        return new Disconnected("disconnected, retrying in " + s + " s (" + reason + ")");
    }

    /** The wait before the next attempt after the last failed one (0 while connected). */
    synchronized Duration backoff() {
        return Duration.ofNanos(backoff);
    }

    static boolean lost(HostException e) {
        return e.kind() == HostException.Kind.UNREACHABLE || e.kind() == HostException.Kind.TIMEOUT;
    }

    private void drop() {
        current = null;
        Host h = owned.getAndSet(null);
        if (h != null) {
            closeLater(h);
        }
    }

    /** Closing a dead connection may block: never on the caller's thread. */
    private static void closeLater(Host h) {
        Thread t = new Thread(h::close, "pvdm-stats-close");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        closed = true;
        Host h = owned.getAndSet(null);
        if (h != null) {
            closeLater(h);
        }
    }
}
