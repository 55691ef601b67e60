package org.pvdm.switching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostXml;
import org.pvdm.model.convert.Conversion;
import org.pvdm.model.convert.Converter;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.domain.Domain;
import org.pvdm.readiness.DriverReadiness;
import org.pvdm.readiness.ReadinessService;

/** Makes a plan from a guest's persistent definition; needs only read access. */
public final class Planner {
    private final Host host;
    private Optional<Path> driverIso = Optional.empty();

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

    /** A driver ISO to attach as a CD-ROM in stage 1 of a staged switch (--driver-iso). */
    public Planner withDriverIso(Path iso) {
        this.driverIso = Optional.ofNullable(iso);
        return this;
    }

    private static Preflight.Input withConversion(Preflight.Input in, Conversion c) {
        return new Preflight.Input(in.guest(), in.state(), c, in.selection(), in.power(), in.access(),
                in.driversConfirmed(), in.readiness());
    }

    /** A plan from a definition already read (also used by apply to re-make a saved plan). */
    public Plan plan(GuestSummary g, String xml, Selection selection, PowerOptions power, WriteAccess access,
                     boolean driversConfirmed) throws HostException {
        Domain domain = HostXml.domain(host, g, xml);
        Conversion full = Converter.convert(domain, selection);
        DriverReadiness readiness = new ReadinessService(host).assess(g.uuid(), domain, g.state().active());
        Preflight.Input in = new Preflight.Input(g.name(), g.state(), full, selection, power, access, driversConfirmed,
                readiness);
        StagedPlan staged = new StagedPlan(host.uri(), driverIso).decide(in, domain);
        Conversion conversion = staged.conversion();
        List<Check> checks = new ArrayList<>(Preflight.run(withConversion(in, conversion)));
        checks.addAll(staged.extraChecks());
        String diff = conversion.diff("a/" + g.name() + ".xml", "b/" + g.name() + ".xml");
        return new Plan(host.uri(), g.name(), g.uuid(), Hashes.of(xml), conversion.changes(), checks, diff,
                SelectionArgs.of(selection), xml, conversion.result().toXml(), g.state().active(),
                staged.stages(checks));
    }
}
