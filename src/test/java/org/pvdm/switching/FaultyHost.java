package org.pvdm.switching;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;

/**
 * A real host whose next define can be made to fail like a dropped connection, before or after libvirt
 * stored the XML; close() does nothing, so a "reconnect" can hand out the same real connection.
 */
final class FaultyHost {
    enum DefineFault { NONE, LOST_BEFORE, LOST_AFTER }

    final AtomicReference<DefineFault> nextDefine = new AtomicReference<>(DefineFault.NONE);
    final Host host;

    FaultyHost(Host real) {
        InvocationHandler h = (proxy, m, args) -> {
            if (m.getName().equals("close")) {
                return null;
            }
            if (m.getName().equals("define")) {
                DefineFault f = nextDefine.getAndSet(DefineFault.NONE);
                if (f == DefineFault.LOST_BEFORE) {
                    throw lost();
                }
                Object r = call(m, real, args);
                if (f == DefineFault.LOST_AFTER) {
                    throw lost();
                }
                return r;
            }
            return call(m, real, args);
        };
        host = (Host) Proxy.newProxyInstance(Host.class.getClassLoader(), new Class<?>[] {Host.class}, h);
    }

    private static Object call(java.lang.reflect.Method m, Host real, Object[] args) throws Throwable {
        try {
            return m.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static HostException lost() {
        return new HostException(HostException.Kind.UNREACHABLE, "cannot define a guest: End of file while"
                + " reading data: Input/output error (the connection to the host was lost)");
    }
}
