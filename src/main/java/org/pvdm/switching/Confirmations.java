package org.pvdm.switching;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostXml;
import org.pvdm.model.convert.Change;
import org.pvdm.model.domain.Domain;
import org.pvdm.readiness.PvKind;
import org.pvdm.readiness.PvdmMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the admin's word (--drivers-installed) in the guest's own metadata once a switch it allowed is stored,
 * so it survives pvdm restarts and shows on other hosts. Only pvdm's metadata element changes; the backup taken
 * before the switch covers it.
 */
public final class Confirmations {
    private static final Logger LOG = LoggerFactory.getLogger(Confirmations.class);

    private Confirmations() {}

    /** The kinds of driver the plan's changes need. */
    public static Set<PvKind> kinds(Plan plan) {
        Set<PvKind> out = EnumSet.noneOf(PvKind.class);
        for (Change ch : plan.changes()) {
            ReadinessChecks.kind(ch).ifPresent(out::add);
        }
        return out;
    }

    /** Records the confirmation for every kind the plan switched; returns what was said, or why it was not kept. */
    public static String record(Host host, Plan plan) {
        Set<PvKind> kinds = kinds(plan);
        if (kinds.isEmpty()) {
            return "";
        }
        try {
            Domain d = HostXml.domain(host, host.guest(plan.uuid()), host.inactiveXml(plan.uuid()));
            PvdmMetadata meta = new PvdmMetadata(d);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            kinds.forEach(k -> meta.confirm(k, now));
            host.define(d.toXml());
            return "your confirmation (drivers installed: " + String.join(", ", kinds.stream().map(PvKind::label)
                    .toList()) + ") is kept in " + plan.guest() + "'s metadata";
        } catch (HostException e) {
            LOG.warn("cannot record the confirmation for {}: {}", plan.guest(), e.getMessage());
            return "your confirmation could not be kept in " + plan.guest() + "'s metadata: " + e.getMessage();
        }
    }
}
