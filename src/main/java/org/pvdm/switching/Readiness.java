package org.pvdm.switching;

import java.util.ArrayList;
import java.util.List;
import org.pvdm.model.convert.Conversion;
import org.pvdm.model.convert.Selection;
import java.util.Optional;
import org.pvdm.model.domain.Domain;
import org.pvdm.readiness.DriverReadiness;
import org.pvdm.readiness.OsinfoDb;
import org.pvdm.readiness.ReadinessEngine;

/**
 * The one set of checks that judges a conversion from the guest's XML and what else is known about it, with no
 * host needed: {@code pvdm plan} adds the host's own checks (running, write access) around it, {@code pvdm xml
 * convert} runs it alone. Each rule looks at the conversion and the evidence and says ok, warn or block, naming
 * the devices concerned; a new source of evidence (guest agent, osinfo-db) is a new field of {@link Evidence}
 * and a new rule in {@link #RULES}.
 */
public final class Readiness {
    /**
     * What is known about the guest beyond its XML.
     *
     * @param driversConfirmed the admin's word that the guest has its paravirtual drivers (--drivers-installed)
     * @param drivers          the guest's driver readiness per kind (guest agent, osinfo-db, confirmations and
     *                         trials kept in its metadata, PV devices attached); empty when not judged
     */
    public record Evidence(boolean driversConfirmed, Optional<DriverReadiness> drivers) {
        public Evidence(boolean driversConfirmed) {
            this(driversConfirmed, Optional.empty());
        }

        /** With what can be judged without a host: osinfo-db, pvdm's metadata, PV devices in the XML. */
        public static Evidence offline(Domain domain, boolean driversConfirmed) {
            return new Evidence(driversConfirmed, Optional.of(new ReadinessEngine(OsinfoDb.system())
                    .judge(domain, Optional.empty())));
        }
    }

    /** One rule: judges a conversion that changes something. */
    @FunctionalInterface
    interface Rule {
        List<Check> judge(Conversion c, Evidence evidence);
    }

    private static final List<Rule> RULES = List.of(
            (c, e) -> DriverChecks.run(c, e.driversConfirmed(), e.drivers()),
            (c, e) -> e.drivers().map(r -> ReadinessChecks.run(c, r)).orElse(List.of()),
            LegacyOs::run,
            (c, e) -> List.of(XmlChecks.targets(c.result())),
            (c, e) -> List.of(XmlChecks.ideLimit(c.result())),
            (c, e) -> List.of(XmlChecks.bootDisk(c)));

    private Readiness() {}

    /**
     * Every check on a conversion: the guest refused as a whole, the devices left alone, "nothing to do", and
     * when something changes, every rule.
     */
    public static List<Check> run(Conversion c, Selection selection, Evidence evidence) {
        List<Check> checks = new ArrayList<>();
        if (c.guestRefused()) {
            checks.add(Check.block("guest-supported", c.guestRefusal(), List.of()));
            return checks;
        }
        checks.addAll(XmlChecks.refusals(c, selection));
        if (!c.changed()) {
            checks.add(Check.ok("nothing-to-do", "nothing to switch: every selected device is paravirtual already or"
                    + " has no paravirtual replacement", List.of()));
            return checks;
        }
        for (Rule rule : RULES) {
            checks.addAll(rule.judge(c, evidence));
        }
        return checks;
    }
}
