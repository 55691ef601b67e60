package org.pvdm.host.libvirt;

import com.sun.jna.Callback;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Opens a connection read-only through JNA's direct binding: two functions bound, where libvirt-java first builds
 * a proxy for its whole interface. Used for the test driver's early open ({@link EarlyOpen}), which must not wait
 * for that proxy; libvirt's error handler is set silent first, as libvirt-java's is (errors are read by whoever
 * reports them, never printed by libvirt).
 */
final class RawOpen {
    /** libvirt's virErrorFunc. */
    interface ErrorFunc extends Callback {
        void invoke(Pointer userData, Pointer error);
    }

    /** Held for the life of the process: libvirt keeps the function pointer. */
    private static final ErrorFunc SILENT = (userData, error) -> { };
    private static boolean bound;

    private RawOpen() {}

    private static native Pointer virConnectOpenReadOnly(String name);

    private static native void virSetErrorFunc(Pointer userData, ErrorFunc handler);

    /** The open connection, or null when libvirt refused it (its error is then left for libvirt-java to report). */
    static synchronized Pointer openReadOnly(String uri) {
        if (!bound) {
            Native.register(RawOpen.class, "virt");
            bound = true;
        }
        virSetErrorFunc(null, SILENT);
        return virConnectOpenReadOnly(uri);
    }
}
