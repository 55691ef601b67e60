package org.pvdm.host.libvirt;

import java.util.Map;

/** One guest's typed parameters from virConnectGetAllDomainStats, e.g. "block.0.rd.bytes" -> 1234L. */
record BulkRecord(String uuid, String name, int id, Map<String, Object> params) {

    boolean has(String key) {
        return params.containsKey(key);
    }

    /** The value as a long, -1 when absent or not a number. */
    long number(String key) {
        Object v = params.get(key);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return d.longValue();
        }
        return -1;
    }

    String text(String key) {
        Object v = params.get(key);
        return v == null ? null : v.toString();
    }
}
