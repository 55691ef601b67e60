package org.pvdm.host.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * The domains of one virConnectListAllDomains call through {@link RawLib}: raw virDomainPtr handles, every one
 * and the array itself freed together by {@link #close}, once whoever reads them has returned.
 */
final class DomainList implements AutoCloseable {
    private final Pointer array;
    private final Pointer[] domains;

    private DomainList(Pointer array, int n) {
        this.array = array;
        this.domains = new Pointer[n];
        for (int i = 0; i < n; i++) {
            domains[i] = array.getPointer((long) i * Native.POINTER_SIZE);
        }
    }

    /** The domains the flags select, or null when the call failed (libvirt-java then tells why). */
    static DomainList of(Pointer conn, int flags) {
        PointerByReference ref = new PointerByReference();
        int n = conn == null ? -1 : RawLib.virConnectListAllDomains(conn, ref, flags);
        if (n < 0) {
            return null;
        }
        return n == 0 || ref.getValue() == null ? new DomainList(null, 0) : new DomainList(ref.getValue(), n);
    }

    int size() {
        return domains.length;
    }

    Pointer get(int i) {
        return domains[i];
    }

    @Override
    public void close() {
        for (Pointer d : domains) {
            RawLib.virDomainFree(d);
        }
        if (array != null) {
            Native.free(Pointer.nativeValue(array));
        }
    }
}
