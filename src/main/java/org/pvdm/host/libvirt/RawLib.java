package org.pvdm.host.libvirt;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * The per-device statistics calls with primitive arrays instead of libvirt-java's JNA structures: a tick at
 * 1,000 guests makes thousands of these calls, and a structure per call (native memory registered in JNA's
 * global table, fields read by reflection) cost more CPU than libvirt itself. Pointers are raw virDomainPtr.
 */
interface RawLib extends Library {
    int LIST_ACTIVE = 1;
    /** sizeof(virDomainInfo) on 64-bit: state, maxMem, memory, nrVirtCpu, cpuTime at 0, 8, 16, 24, 32. */
    int INFO_LONGS = 5;
    /** sizeof(virDomainBlockStatsStruct): rd_req, rd_bytes, wr_req, wr_bytes, errs. */
    int BLOCK_LONGS = 5;
    /** sizeof(virDomainInterfaceStatsStruct): rx bytes/packets/errs/drop, tx bytes/packets/errs/drop. */
    int NET_LONGS = 8;

    /** Fills domains with a malloc'd array of n virDomainPtr (each freed with virDomainFree, the array with free). */
    int virConnectListAllDomains(Pointer conn, PointerByReference domains, int flags);

    int virDomainFree(Pointer domain);

    int virDomainGetUUIDString(Pointer domain, byte[] buf);

    /** Owned by the domain object. */
    Pointer virDomainGetName(Pointer domain);

    int virDomainGetID(Pointer domain);

    int virDomainGetInfo(Pointer domain, long[] info);

    int virDomainBlockStats(Pointer domain, byte[] disk, long[] stats, long size);

    int virDomainInterfaceStats(Pointer domain, byte[] device, long[] stats, long size);

    /** malloc'd: the caller frees it. */
    Pointer virDomainGetXMLDesc(Pointer domain, int flags);

    /** Null on 32-bit systems or when the library lacks a call: the caller keeps libvirt-java's path. */
    static RawLib loadOrNull() {
        if (Native.POINTER_SIZE != 8 || Native.LONG_SIZE != 8) {
            return null;
        }
        try {
            return Native.load("virt", RawLib.class);
        } catch (LinkageError e) {
            return null;
        }
    }
}
