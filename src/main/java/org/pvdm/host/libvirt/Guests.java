package org.pvdm.host.libvirt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainInfo;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists a host's domains with virConnectListAllDomains (libvirt 0.9.13+), or on older hosts (SLES 11 SP1:
 * 0.7.6) with virConnectListDomains (ids of running guests) plus virConnectListDefinedDomains (names of the
 * shut-off ones). Which one works is remembered per connection.
 */
final class Guests {

    private static final Logger LOG = LoggerFactory.getLogger(Guests.class);
    private static final int LIST_ACTIVE = 1;
    private static final int LIST_PERSISTENT = 4;

    private final Connect conn;
    private volatile boolean legacy;

    Guests(Connect conn) {
        this.conn = conn;
    }

    /** All domains, or only the running ones; a domain that vanishes while being listed is left out. */
    List<Domain> domains(boolean activeOnly) throws LibvirtException {
        if (!legacy) {
            try {
                return List.of(conn.listAllDomains(activeOnly ? LIST_ACTIVE : 0));
            } catch (LibvirtException e) {
                if (LibvirtErrors.code(e) != ErrorNumber.VIR_ERR_NO_SUPPORT) {
                    throw e;
                }
                LOG.info("host does not list all domains at once (old libvirt): using the old calls");
            } catch (UnsatisfiedLinkError e) {
                LOG.info("client libvirt has no virConnectListAllDomains: using the old calls");
            }
            legacy = true;
        }
        List<Domain> out = new ArrayList<>();
        for (int id : conn.listDomains()) {
            addIfPresent(out, () -> conn.domainLookupByID(id));
        }
        if (!activeOnly) {
            for (String name : conn.listDefinedDomains()) {
                addIfPresent(out, () -> conn.domainLookupByName(name));
            }
        }
        return out;
    }

    private interface Lookup {
        Domain get() throws LibvirtException;
    }

    private static void addIfPresent(List<Domain> out, Lookup lookup) throws LibvirtException {
        try {
            out.add(lookup.get());
        } catch (LibvirtException e) {
            if (LibvirtErrors.code(e) != ErrorNumber.VIR_ERR_NO_DOMAIN) {
                throw e;
            }
        }
    }

    /**
     * UUIDs (lower case) of the persistent domains in one call, or null when the host cannot list them so (then
     * each domain is asked): saves one round trip per guest on a slow link.
     */
    Set<String> persistentUuids() {
        if (legacy) {
            return null;
        }
        try {
            Set<String> out = new HashSet<>();
            for (Domain d : conn.listAllDomains(LIST_PERSISTENT)) {
                try {
                    out.add(d.getUUIDString().toLowerCase(Locale.ROOT));
                } finally {
                    free(d);
                }
            }
            return out;
        } catch (LibvirtException | UnsatisfiedLinkError e) {
            LOG.debug("cannot list the persistent domains at once: {}", e.getMessage());
            return null;
        }
    }

    static GuestSummary summary(Domain d) throws LibvirtException {
        return summary(d, null);
    }

    /** @param persistent the persistent UUIDs from {@link #persistentUuids()}, or null to ask the domain */
    static GuestSummary summary(Domain d, Set<String> persistent) throws LibvirtException {
        return summary(d, persistent, null);
    }

    /** @param states UUID (lower case) to state from one bulk call, or null to ask the domain */
    static GuestSummary summary(Domain d, Set<String> persistent, Map<String, GuestState> states)
            throws LibvirtException {
        String uuid = d.getUUIDString();
        GuestState known = states == null ? null : states.get(uuid.toLowerCase(Locale.ROOT));
        GuestState state = known != null ? known : state(d.getInfo().state);
        boolean isPersistent = persistent == null ? d.isPersistent() == 1
                : persistent.contains(uuid.toLowerCase(Locale.ROOT));
        return new GuestSummary(d.getName(), uuid, state, state.active() ? d.getID() : -1, isPersistent);
    }

    static GuestState state(DomainInfo.DomainState s) {
        if (s == null) {
            return GuestState.NOSTATE;
        }
        return GuestState.valueOf(s.name().substring("VIR_DOMAIN_".length()));
    }

    /** libvirt's 0..7 virDomainState as reported by the bulk "state.state" parameter. */
    static GuestState state(long code) {
        GuestState[] all = GuestState.values();
        return code >= 0 && code < all.length ? all[(int) code] : GuestState.NOSTATE;
    }

    static void free(Domain d) {
        try {
            d.free();
        } catch (LibvirtException e) {
            LOG.debug("virDomainFree failed", e);
        }
    }
}
