package org.pvdm.host.libvirt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

import org.libvirt.Error.ErrorNumber;

/**
 * One virConnectGetAllDomainStats call (state, cpu-total, vcpu, interface and block groups of every active
 * guest), copied into Java maps and freed at once. Not final: the bulk-tick benchmark replaces the call (not
 * the parsing) with a record list built in native memory, as no machine here runs 1,000 QEMU guests.
 */
class BulkStats {

    static final int GROUPS = LibvirtStatsLib.VIR_DOMAIN_STATS_STATE | LibvirtStatsLib.VIR_DOMAIN_STATS_CPU_TOTAL
            | LibvirtStatsLib.VIR_DOMAIN_STATS_VCPU | LibvirtStatsLib.VIR_DOMAIN_STATS_INTERFACE
            | LibvirtStatsLib.VIR_DOMAIN_STATS_BLOCK;

    /** virTypedParameter on LP64: char field[80]; int type; (4 bytes padding) union value (8 bytes). */
    private static final int PARAM_SIZE = 96;
    private static final int VALUE_OFFSET = 88;

    /** The bulk call failed; permanent when the host (or the client library) does not have it at all. */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean permanent;

        Unavailable(String message, boolean permanent) {
            super(message);
            this.permanent = permanent;
        }
    }

    private final LibvirtStatsLib lib;

    BulkStats() {
        LibvirtStatsLib loaded = null;
        if (Native.POINTER_SIZE == 8) {
            try {
                loaded = LibvirtStatsLib.load();
            } catch (LinkageError e) {
                loaded = null;
            }
        }
        lib = loaded;
    }

    List<BulkRecord> fetch(Pointer conn) throws Unavailable {
        return fetch(conn, GROUPS, LibvirtStatsLib.VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE);
    }

    /** One call for these groups of every domain the flags select (0: all, running or not). */
    List<BulkRecord> fetch(Pointer conn, int groups, int flags) throws Unavailable {
        if (lib == null) {
            throw new Unavailable("no 64-bit libvirt binding", true);
        }
        if (conn == null) {
            throw new Unavailable("connection closed", false);
        }
        PointerByReference ref = new PointerByReference();
        int n;
        try {
            n = lib.virConnectGetAllDomainStats(conn, groups, ref, flags);
        } catch (UnsatisfiedLinkError e) {
            throw new Unavailable("the libvirt client library has no virConnectGetAllDomainStats", true);
        }
        if (n < 0) {
            throw lastError();
        }
        Pointer list = ref.getValue();
        if (list == null) {
            return List.of();
        }
        try {
            return records(list, n);
        } finally {
            lib.virDomainStatsRecordListFree(list);
        }
    }

    /**
     * Copies the first n records of a virDomainStatsRecordPtr array; frees nothing (the caller owns the list).
     */
    List<BulkRecord> records(Pointer list, int n) {
        if (lib == null) {
            throw new IllegalStateException("no 64-bit libvirt binding");
        }
        List<BulkRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Pointer rec = list.getPointer((long) i * Native.POINTER_SIZE);
            if (rec != null) {
                out.add(record(rec));
            }
        }
        return out;
    }

    /** virDomainStatsRecord: virDomainPtr dom; virTypedParameterPtr params; int nparams. */
    private BulkRecord record(Pointer rec) {
        Pointer dom = rec.getPointer(0);
        Pointer params = rec.getPointer(Native.POINTER_SIZE);
        int count = rec.getInt(2L * Native.POINTER_SIZE);
        byte[] uuid = new byte[37];
        lib.virDomainGetUUIDString(dom, uuid);
        String name = lib.virDomainGetName(dom);
        Map<String, Object> values = new HashMap<>(count * 2);
        for (int j = 0; j < count && params != null; j++) {
            long base = (long) j * PARAM_SIZE;
            String field = params.getString(base, StandardCharsets.UTF_8.name());
            Object value = value(params, base, params.getInt(base + 80));
            if (value != null) {
                values.put(field, value);
            }
        }
        return new BulkRecord(Native.toString(uuid, StandardCharsets.US_ASCII.name()), name, lib.virDomainGetID(dom),
                values);
    }

    private static Object value(Pointer p, long base, int type) {
        long at = base + VALUE_OFFSET;
        return switch (type) {
            case 1 -> (long) p.getInt(at);                          // INT
            case 2 -> Integer.toUnsignedLong(p.getInt(at));         // UINT
            case 3, 4 -> p.getLong(at);                             // LLONG, ULLONG
            case 5 -> p.getDouble(at);                              // DOUBLE
            case 6 -> p.getByte(at) != 0;                           // BOOLEAN
            case 7 -> {                                             // STRING
                Pointer s = p.getPointer(at);
                yield s == null ? null : s.getString(0, StandardCharsets.UTF_8.name());
            }
            default -> null;
        };
    }

    private Unavailable lastError() {
        Pointer err = lib.virGetLastError();
        if (err == null) {
            return new Unavailable("virConnectGetAllDomainStats failed", false);
        }
        int code = err.getInt(0);
        Pointer msgPtr = err.getPointer(8);
        String msg = msgPtr == null ? "virConnectGetAllDomainStats failed" : msgPtr.getString(0);
        boolean permanent = code == ErrorNumber.VIR_ERR_NO_SUPPORT.ordinal()
                || code == ErrorNumber.VIR_ERR_ARGUMENT_UNSUPPORTED.ordinal()
                || msg.contains("unknown procedure");
        return new Unavailable(msg, permanent);
    }
}
