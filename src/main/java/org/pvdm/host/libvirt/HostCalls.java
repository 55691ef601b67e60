package org.pvdm.host.libvirt;

import java.util.concurrent.atomic.AtomicBoolean;

import org.libvirt.LibvirtException;
import org.pvdm.host.HostException;
import org.pvdm.host.HostException.Kind;

/**
 * The one way a host's libvirt calls run: refused once the host is closed, held under {@link PvdmConnect#inUse}
 * (a close that raced a call freed memory the call still used, and the JVM died in libvirt), and a libvirt error
 * turned into a {@link HostException} that says what failed on what.
 */
final class HostCalls {

    @FunctionalInterface
    interface Call<T> {
        T run() throws LibvirtException, HostException;
    }

    private final PvdmConnect conn;
    private final AtomicBoolean closed = new AtomicBoolean();

    HostCalls(PvdmConnect conn) {
        this.conn = conn;
    }

    /** Runs one libvirt call; action says what and on what, for the message: "start guest 'x' on URI". */
    <T> T call(String action, Call<T> body) throws HostException {
        if (closed.get()) {
            throw new HostException(Kind.UNREACHABLE, "cannot " + action + ": the connection is closed (reconnect)");
        }
        try (PvdmConnect.InUse u = conn.inUse()) {
            return body.run();
        } catch (LibvirtException e) {
            throw LibvirtErrors.map(e, action);
        }
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Marks the host closed; true only for the first caller, who then closes the connection. */
    boolean markClosed() {
        return closed.compareAndSet(false, true);
    }
}
