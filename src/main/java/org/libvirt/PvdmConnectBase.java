package org.libvirt;

import com.sun.jna.Pointer;
import org.libvirt.jna.ConnectionPointer;

/**
 * The base of pvdm's connections ({@code org.pvdm.host.libvirt.PvdmConnect}), and the only pvdm class in
 * libvirt-java's package. It is here for one constructor: libvirt-java makes a {@link Connect} around a connection
 * that is already open only from inside its package. pvdm opens a test-driver host through JNA's direct binding
 * while libvirt-java's interface proxy (some 400 functions) is still being built on another thread, which takes
 * that proxy's 40-50 ms off every {@code pvdm list} on the test driver.
 */
public abstract class PvdmConnectBase extends Connect {

    /** Opens {@code uri} through libvirt-java, as {@link Connect#Connect(String, ConnectAuth, int)}. */
    protected PvdmConnectBase(String uri, ConnectAuth auth, int flags) throws LibvirtException {
        super(uri, auth, flags);
    }

    /** Takes over a virConnectPtr opened elsewhere: closing this connection closes it. */
    protected PvdmConnectBase(Pointer opened) {
        super(wrap(opened));
    }

    private static ConnectionPointer wrap(Pointer opened) {
        ConnectionPointer p = new ConnectionPointer();
        p.setPointer(opened);
        return p;
    }
}
