package org.pvdm.host.libvirt;

import com.sun.jna.Pointer;

import org.libvirt.Connect;
import org.libvirt.ConnectAuth;
import org.libvirt.LibvirtException;

/** A libvirt-java connection that lets this package reach the raw virConnectPtr (for the bulk stats binding). */
final class PvdmConnect extends Connect {

    PvdmConnect(String uri, ConnectAuth auth, int flags) throws LibvirtException {
        super(uri, auth, flags);
    }

    /** The virConnectPtr, or null once closed. */
    Pointer pointer() {
        return vcp == null ? null : vcp.getPointer();
    }
}
