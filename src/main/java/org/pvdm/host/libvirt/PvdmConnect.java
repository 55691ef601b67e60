package org.pvdm.host.libvirt;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import com.sun.jna.Pointer;

import org.libvirt.ConnectAuth;
import org.libvirt.LibvirtException;
import org.libvirt.PvdmConnectBase;

/**
 * A libvirt-java connection that lets this package reach the raw virConnectPtr (for the raw bindings), and that
 * is never closed under a call in flight: libvirt's calls do not hold a reference on the connection, so closing
 * it while another thread was inside one (the GUI disconnecting a host while a statistics tick or an unsubscribe
 * ran) freed memory that call still used, and the JVM died in libvirt. Calls run under {@link #inUse}; {@link #close}
 * waits for those in flight. A call must not close its own connection.
 */
final class PvdmConnect extends PvdmConnectBase {

    /** Held while calls run: {@code try (InUse u = conn.inUse()) { ... }}. */
    interface InUse extends AutoCloseable {
        @Override
        void close();
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    PvdmConnect(String uri, ConnectAuth auth, int flags) throws LibvirtException {
        super(uri, auth, flags);
    }

    /** Takes over a virConnectPtr opened through the raw binding ({@link RawOpen}). */
    PvdmConnect(Pointer opened) {
        super(opened);
    }

    /** The virConnectPtr, or null once closed. Only under {@link #inUse}: it may be freed otherwise. */
    Pointer pointer() {
        return vcp == null ? null : vcp.getPointer();
    }

    /** Keeps the connection from being closed until the returned guard is closed. */
    InUse inUse() {
        lock.readLock().lock();
        return lock.readLock()::unlock;
    }

    /** For tests: a close waits for calls in flight. */
    boolean closeWaiting() {
        return lock.hasQueuedThreads();
    }

    /** Closes once every call in flight has returned. */
    @Override
    public int close() throws LibvirtException {
        lock.writeLock().lock();
        try {
            return super.close();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
