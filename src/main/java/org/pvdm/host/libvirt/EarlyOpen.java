package org.pvdm.host.libvirt;

import java.util.concurrent.CompletableFuture;

import com.sun.jna.Pointer;

import org.libvirt.Connect.OpenFlags;
import org.libvirt.LibvirtException;
import org.slf4j.LoggerFactory;

/**
 * One read-only connection begun before the command line is parsed, for the open that follows it: on a
 * 1,000-guest test-driver host, libvirt spends 0.3 s of one core opening the host while the command line's
 * parsing needs the other, so the two run side by side instead of one after the other.
 *
 * <p>Only what cannot differ from the command's own open is begun: read-only, no credentials (so nothing can
 * prompt), a local URI (so no transport process is started for a command line that may yet be refused). The
 * command's open takes it only for the same URI and flags ({@link #claim}); anything else opens afresh, and a
 * failed early open is reported by the claiming open exactly as its own failure would be (same URI, same flags).
 */
final class EarlyOpen {
    private static final int READ_ONLY = OpenFlags.READONLY.getBit();
    private static final Object LOCK = new Object();
    private static String uri;
    private static CompletableFuture<PvdmConnect> pending;
    /** The first open after {@link #start} had its chance: later opens open afresh. */
    private static boolean taken;

    private EarlyOpen() {}

    /** Whether a URI is opened early: local (no host part, no transport) and not needing a prompt. */
    static boolean eligible(String uri) {
        if (uri == null || uri.length() > 4096 || uri.contains("?") || uri.contains("#") || uri.contains("@")) {
            return false;
        }
        return uri.startsWith("test:///") || uri.startsWith("qemu:///") || uri.startsWith("xen:///");
    }

    /**
     * Begins opening {@code u} read-only on a spare thread.
     *
     * @return the connection to come, or null when none was begun (the URI is not eligible, or an earlier one
     *         waits to be claimed)
     */
    static CompletableFuture<PvdmConnect> start(String u) {
        if (!eligible(u)) {
            return null;
        }
        CompletableFuture<PvdmConnect> f = new CompletableFuture<>();
        synchronized (LOCK) {
            if (pending != null && !taken) {
                return null;
            }
            taken = false;
            uri = u;
            pending = f;
        }
        Thread t = new Thread(() -> {
            try {
                f.complete(open(u));
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "pvdm-early-connect");
        t.setDaemon(true);
        t.start();
        return f;
    }

    /**
     * A test-driver host through the raw binding, which does not wait for libvirt-java's proxy (libvirt-java is set
     * up meanwhile on another thread: the warm-up's); any other through libvirt-java, as every open. When the raw
     * open fails, libvirt-java opens again and throws the error it reports for a fresh open.
     */
    private static PvdmConnect open(String u) throws LibvirtException {
        if (u.startsWith("test:///")) {
            Pointer raw = RawOpen.openReadOnly(u);
            if (raw != null) {
                return new PvdmConnect(raw);
            }
        }
        Throwable missing = LibvirtRuntime.start();
        if (missing != null) {
            throw new IllegalStateException("libvirt cannot be loaded", missing);
        }
        return new PvdmConnect(u, null, READ_ONLY);
    }

    /**
     * The early connection to {@code u}, when it was begun with these flags and no credentials and not taken yet;
     * else null (an early connection that does not match is closed once it is open: nobody will use it).
     */
    static CompletableFuture<PvdmConnect> claim(String u, int flags, boolean withAuth) {
        CompletableFuture<PvdmConnect> f;
        boolean match;
        synchronized (LOCK) {
            f = pending;
            if (f == null || taken) {
                return null;
            }
            match = u.equals(uri) && flags == READ_ONLY && !withAuth;
            taken = true;
        }
        if (match) {
            return f;
        }
        f.thenAccept(EarlyOpen::closeQuietly);
        return null;
    }

    private static void closeQuietly(PvdmConnect c) {
        try {
            c.close();
        } catch (LibvirtException e) {
            LoggerFactory.getLogger(EarlyOpen.class).debug("closing an unused early connection failed", e);
        }
    }
}
