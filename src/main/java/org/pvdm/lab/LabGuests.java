package org.pvdm.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;

/** Finds the guests the lab made: those whose definition carries the lab mark, whatever else exists. */
final class LabGuests {
    record Found(GuestSummary guest, String role, String xml) {}

    private LabGuests() {}

    static List<Found> find(Host host) throws LabException {
        List<Found> out = new ArrayList<>();
        try {
            for (GuestSummary g : host.guests()) {
                String xml;
                try {
                    xml = host.inactiveXml(g.uuid());
                } catch (HostException e) {
                    if (e.kind() == HostException.Kind.NOT_FOUND) {
                        continue; // gone meanwhile
                    }
                    throw e;
                }
                Optional<String> role = LabXml.labRole(xml);
                if (role.isPresent()) {
                    out.add(new Found(g, role.get(), xml));
                }
            }
        } catch (HostException e) {
            throw LabException.of(e);
        }
        return out;
    }

    /** The guest of that name: empty when there is none; CONFLICT when there is one the lab did not make. */
    static Optional<Found> named(Host host, List<Found> lab, String name) throws LabException {
        for (Found f : lab) {
            if (f.guest().name().equals(name)) {
                return Optional.of(f);
            }
        }
        try {
            host.guest(name);
        } catch (HostException e) {
            if (e.kind() == HostException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw LabException.of(e);
        }
        throw new LabException(LabException.Kind.CONFLICT, "a guest named " + name + " exists but the lab did not"
                + " make it (no lab mark in its definition): rename or remove it, the lab will not touch it");
    }
}
