package org.pvdm.host.libvirt;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final int FIELD_LENGTH = 80;
    private static final int TYPE_OFFSET = 80;
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
    /** True when {@link RawLib}'s direct-mapped calls are bound (the per-record domain calls go through them). */
    private final boolean direct;

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
        direct = loaded != null && RawLib.available();
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
        Names names = new Names();
        for (int i = 0; i < n; i++) {
            Pointer rec = list.getPointer((long) i * Native.POINTER_SIZE);
            if (rec != null) {
                out.add(record(rec, names));
            }
        }
        return out;
    }

    /**
     * virDomainStatsRecord: virDomainPtr dom; virTypedParameterPtr params; int nparams. The parameter array is
     * copied in one read and decoded in Java: at 1,000 guests a tick holds about 50,000 parameters, and reading
     * each field, type and value through its own JNA call cost more CPU than all the rest of the tick.
     */
    private BulkRecord record(Pointer rec, Names names) {
        Pointer dom = rec.getPointer(0);
        Pointer params = rec.getPointer(Native.POINTER_SIZE);
        int count = rec.getInt(2L * Native.POINTER_SIZE);
        Map<String, Object> values = new HashMap<>(Math.max(count, 0) * 2);
        if (params != null && count > 0) {
            byte[] raw = params.getByteArray(0, count * PARAM_SIZE);
            ByteBuffer buf = ByteBuffer.wrap(raw).order(ByteOrder.nativeOrder());
            for (int j = 0; j < count; j++) {
                int base = j * PARAM_SIZE;
                int len = 0;
                while (len < FIELD_LENGTH && raw[base + len] != 0) {
                    len++;
                }
                Object value = value(buf, base, buf.getInt(base + TYPE_OFFSET));
                if (value != null) {
                    values.put(names.at(j, raw, base, len), value);
                }
            }
        }
        return new BulkRecord(uuid(dom), name(dom), direct ? RawLib.virDomainGetID(dom)
                : lib.virDomainGetID(dom), values);
    }

    /** Through the direct-mapped binding where it is bound: an interface call costs a reflective dispatch. */
    private String uuid(Pointer dom) {
        byte[] uuid = new byte[37];
        if (direct) {
            RawLib.virDomainGetUUIDString(dom, uuid);
        } else {
            lib.virDomainGetUUIDString(dom, uuid);
        }
        return Native.toString(uuid, StandardCharsets.US_ASCII.name());
    }

    private String name(Pointer dom) {
        if (direct) {
            Pointer p = RawLib.virDomainGetName(dom);
            return p == null ? null : p.getString(0, StandardCharsets.UTF_8.name());
        }
        return lib.virDomainGetName(dom);
    }

    /**
     * The field names of one call, by position: guests of the same devices list the same names in the same
     * order, so most records reuse the strings (and their hashes) of the first one instead of decoding their own.
     */
    private static final class Names {
        private byte[][] bytes = new byte[64][];
        private String[] strings = new String[64];

        String at(int j, byte[] raw, int base, int len) {
            if (j >= bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(j + 1, bytes.length * 2));
                strings = Arrays.copyOf(strings, bytes.length);
            }
            byte[] b = bytes[j];
            if (b != null && Arrays.equals(b, 0, b.length, raw, base, base + len)) {
                return strings[j];
            }
            String s = new String(raw, base, len, StandardCharsets.UTF_8);
            bytes[j] = Arrays.copyOfRange(raw, base, base + len);
            strings[j] = s;
            return s;
        }
    }

    private static Object value(ByteBuffer buf, int base, int type) {
        int at = base + VALUE_OFFSET;
        return switch (type) {
            case 1 -> (long) buf.getInt(at);                        // INT
            case 2 -> Integer.toUnsignedLong(buf.getInt(at));       // UINT
            case 3, 4 -> buf.getLong(at);                           // LLONG, ULLONG
            case 5 -> buf.getDouble(at);                            // DOUBLE
            case 6 -> buf.get(at) != 0;                             // BOOLEAN
            case 7 -> {                                             // STRING
                long address = buf.getLong(at);
                yield address == 0 ? null : new Pointer(address).getString(0, StandardCharsets.UTF_8.name());
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
