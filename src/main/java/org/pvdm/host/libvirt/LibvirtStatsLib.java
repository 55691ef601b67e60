package org.pvdm.host.libvirt;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * The few libvirt C calls libvirt-java 0.5.4 does not bind. Pointers are raw virConnectPtr/virDomainPtr values
 * owned by libvirt-java or by the returned stats list; nothing here takes ownership.
 */
interface LibvirtStatsLib extends Library {

    int VIR_DOMAIN_STATS_STATE = 1;
    int VIR_DOMAIN_STATS_CPU_TOTAL = 2;
    int VIR_DOMAIN_STATS_VCPU = 8;
    int VIR_DOMAIN_STATS_INTERFACE = 16;
    int VIR_DOMAIN_STATS_BLOCK = 32;
    int VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE = 1;

    /** Since libvirt 1.2.8. Fills retStats with a NULL-terminated array of virDomainStatsRecordPtr. */
    int virConnectGetAllDomainStats(Pointer conn, int stats, PointerByReference retStats, int flags);

    void virDomainStatsRecordListFree(Pointer stats);

    /** Returns a string owned by the domain object: JNA copies it and frees nothing. */
    String virDomainGetName(Pointer domain);

    /** The running domain's id ((unsigned) -1 when inactive). */
    int virDomainGetID(Pointer domain);

    /** buf must hold 37 bytes (VIR_UUID_STRING_BUFLEN). */
    int virDomainGetUUIDString(Pointer domain, byte[] buf);

    /** The calling thread's last error (virErrorPtr: int code; int domain; char *message; ...), or null. */
    Pointer virGetLastError();

    static LibvirtStatsLib load() {
        return Native.load("virt", LibvirtStatsLib.class);
    }
}
