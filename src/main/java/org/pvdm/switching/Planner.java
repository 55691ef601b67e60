package org.pvdm.switching;

import java.util.List;
import org.pvdm.host.HostXml;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.model.convert.Conversion;
import org.pvdm.model.convert.Converter;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.domain.Domain;
import org.pvdm.readiness.DriverReadiness;
import org.pvdm.readiness.ReadinessService;

/** Makes a plan from a guest's persistent definition; needs only read access. */
public final class Planner {
    private final Host host;

    public Planner(Host host) {
        this.host = host;
    }

    /**
     * @param access           whether the admin may write to the host (probed by the caller)
     * @param driversConfirmed the admin's word that the guest has its paravirtual drivers
     */
    public Plan plan(String guest, Selection selection, PowerOptions power, WriteAccess access,
                     boolean driversConfirmed) throws HostException {
        GuestSummary g = host.guest(guest);
        String xml = host.inactiveXml(g.uuid());
        return plan(g, xml, selection, power, access, driversConfirmed);
    }

    /** A plan from a definition already read (also used by apply to re-make a saved plan). */
    public Plan plan(GuestSummary g, String xml, Selection selection, PowerOptions power, WriteAccess access,
                     boolean driversConfirmed) throws HostException {
        Domain domain = HostXml.domain(host, g, xml);
        Conversion conversion = Converter.convert(domain, selection);
        DriverReadiness readiness = new ReadinessService(host).assess(g.uuid(), domain, g.state().active());
        List<Check> checks = Preflight.run(new Preflight.Input(g.name(), g.state(), conversion, selection, power, access,
                driversConfirmed, readiness));
        String diff = conversion.diff("a/" + g.name() + ".xml", "b/" + g.name() + ".xml");
        return new Plan(host.uri(), g.name(), g.uuid(), Hashes.of(xml), conversion.changes(), checks, diff,
                SelectionArgs.of(selection), xml, conversion.result().toXml(), g.state().active());
    }
}
