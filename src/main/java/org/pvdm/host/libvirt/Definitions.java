package org.pvdm.host.libvirt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.pvdm.host.GuestDefinition;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.HostException;
import org.pvdm.host.HostException.Kind;

/**
 * Many guests' definitions: one listing call for the domain handles, then every XML in parallel over the one
 * connection, so a slow link costs a few round trips instead of two per guest.
 */
final class Definitions {
    private static final int XML_INACTIVE = 2;

    private Definitions() {}

    /** @param parallel false for a local host (see {@link Fanout#map(List, boolean, Fanout.Call)}) */
    static List<GuestDefinition> read(Guests guests, String uri, List<GuestSummary> wanted, boolean parallel)
            throws LibvirtException, HostException {
        List<Domain> all = guests.domains(false);
        try {
            Map<String, Domain> byUuid = new HashMap<>();
            for (Domain d : all) {
                byUuid.put(d.getUUIDString().toLowerCase(Locale.ROOT), d);
            }
            List<Fanout.Result<String>> xmls = Fanout.map(wanted, parallel, g -> {
                Domain d = byUuid.get(g.uuid().toLowerCase(Locale.ROOT));
                return d == null ? null : d.getXMLDesc(g.persistent() ? XML_INACTIVE : 0);
            });
            List<GuestDefinition> out = new ArrayList<>(wanted.size());
            for (int i = 0; i < wanted.size(); i++) {
                out.add(definition(wanted.get(i), xmls.get(i), uri));
            }
            return out;
        } finally {
            all.forEach(Guests::free);
        }
    }

    private static GuestDefinition definition(GuestSummary g, Fanout.Result<String> r, String uri)
            throws HostException {
        if (r.error() != null) {
            HostException e = LibvirtErrors.map(r.error(), "read the definition of guest '" + g.name() + "' on " + uri);
            if (e.kind() == Kind.UNREACHABLE) {
                throw e;
            }
            return GuestDefinition.failed(g, e);
        }
        if (r.value() == null) {
            return GuestDefinition.failed(g, new HostException(Kind.NOT_FOUND, "guest '" + g.name() + "' is no longer on "
                    + uri + " (undefined meanwhile: run pvdm list again)"));
        }
        return GuestDefinition.of(g, r.value());
    }
}
