package org.pvdm.host.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-device statistics calls and a local host's listing ({@link RawListing}) with primitive arrays instead of libvirt-java's JNA structures, bound with
 * JNA's direct mapping (static natives): a tick at 1,000 guests makes thousands of these calls, and through an
 * interface proxy each one paid a reflective dispatch and argument conversion, through libvirt-java a structure
 * in native memory registered in JNA's global table, both more CPU than libvirt itself. Pointers are raw
 * virDomainPtr.
 */
final class RawLib {
    private static final Logger LOG = LoggerFactory.getLogger(RawLib.class);

    static final int LIST_ACTIVE = 1;
    /** sizeof(virDomainInfo) on 64-bit: state, maxMem, memory, nrVirtCpu, cpuTime at 0, 8, 16, 24, 32. */
    static final int INFO_LONGS = 5;
    /** sizeof(virDomainBlockStatsStruct): rd_req, rd_bytes, wr_req, wr_bytes, errs. */
    static final int BLOCK_LONGS = 5;
    /** sizeof(virDomainInterfaceStatsStruct): rx bytes/packets/errs/drop, tx bytes/packets/errs/drop. */
    static final int NET_LONGS = 8;

    private static final Object LOCK = new Object();
    private static Boolean bound;

    private RawLib() {}

    /**
     * Binds the calls on first use. False on 32-bit systems or when the library lacks a call: the caller keeps
     * libvirt-java's path.
     */
    static boolean available() {
        synchronized (LOCK) {
            if (bound == null) {
                bound = bind();
            }
            return bound;
        }
    }

    private static boolean bind() {
        if (Native.POINTER_SIZE != 8 || Native.LONG_SIZE != 8) {
            return false;
        }
        try {
            Native.register(RawLib.class, "virt");
            return true;
        } catch (LinkageError | IllegalArgumentException e) {
            LOG.debug("per-device statistics stay on libvirt-java: {}", e.getMessage());
            return false;
        }
    }

    /** Fills domains with a malloc'd array of n virDomainPtr (each freed with virDomainFree, the array with free). */
    static native int virConnectListAllDomains(Pointer conn, PointerByReference domains, int flags);

    static native int virDomainFree(Pointer domain);

    static native int virDomainGetUUIDString(Pointer domain, byte[] buf);

    /** Owned by the domain object. */
    static native Pointer virDomainGetName(Pointer domain);

    static native int virDomainGetID(Pointer domain);

    /** 1 persistent, 0 transient, -1 error. */
    static native int virDomainIsPersistent(Pointer domain);

    static native int virDomainGetInfo(Pointer domain, long[] info);

    static native int virDomainBlockStats(Pointer domain, byte[] disk, long[] stats, long size);

    static native int virDomainInterfaceStats(Pointer domain, byte[] device, long[] stats, long size);

    /** malloc'd: the caller frees it. */
    static native Pointer virDomainGetXMLDesc(Pointer domain, int flags);
}
