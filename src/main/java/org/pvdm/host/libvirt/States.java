package org.pvdm.host.libvirt;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.pvdm.host.GuestState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every domain's state in one call (virConnectGetAllDomainStats, state group) instead of one virDomainGetInfo
 * per guest: over a slow link that is one round trip instead of N. Only worth it on remote hosts; null
 * whenever the host or the client library cannot do it, and the caller then asks each domain.
 */
final class States {
    private static final Logger LOG = LoggerFactory.getLogger(States.class);

    private States() {}

    /** UUID (lower case) to state, or null. */
    static Map<String, GuestState> all(PvdmConnect conn, LibvirtStats stats) {
        try {
            Map<String, GuestState> out = new HashMap<>();
            for (BulkRecord r : stats.bulk().fetch(conn.pointer(), LibvirtStatsLib.VIR_DOMAIN_STATS_STATE, 0)) {
                long code = r.number("state.state");
                if (code >= 0) {
                    out.put(r.uuid().toLowerCase(Locale.ROOT), Guests.state(code));
                }
            }
            return out;
        } catch (BulkStats.Unavailable e) {
            LOG.debug("no bulk states: {}", e.getMessage());
            return null;
        }
    }

    /** True for URIs that reach another machine or go through a transport (qemu+ssh://, qemu+tcp://...). */
    static boolean remote(String uri) {
        int scheme = uri.indexOf("://");
        if (scheme < 0) {
            return false;
        }
        String authority = uri.substring(scheme + 3);
        int slash = authority.indexOf('/');
        authority = slash < 0 ? authority : authority.substring(0, slash);
        return uri.substring(0, scheme).contains("+") || !authority.isEmpty();
    }
}
