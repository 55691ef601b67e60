package org.pvdm.inventory;

import java.util.ArrayList;
import java.util.List;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.model.classify.Classifier;
import org.pvdm.model.classify.GuestReport;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists a host's guests and judges each one's persistent definition (what the guest boots with next).
 * Shared by the CLI and the GUI.
 */
public final class Inventory {
    private static final Logger LOG = LoggerFactory.getLogger(Inventory.class);

    private final Host host;

    public Inventory(Host host) {
        this.host = host;
    }

    /** Every guest, running and shut off, with its verdicts; one unreadable guest does not sink the list. */
    public List<GuestRow> list() throws HostException {
        List<GuestRow> rows = new ArrayList<>();
        for (GuestSummary g : host.guests()) {
            rows.add(row(g));
        }
        return rows;
    }

    public GuestRow row(GuestSummary g) throws HostException {
        try {
            return new GuestRow(g, report(g), "");
        } catch (HostException e) {
            if (e.kind() == HostException.Kind.UNREACHABLE) {
                throw e;
            }
            LOG.warn("cannot read the definition of {}: {}", g.name(), e.getMessage());
            return new GuestRow(g, null, e.getMessage());
        }
    }

    /** One guest by name or UUID, with its verdicts. */
    public Inspection inspect(String nameOrUuid) throws HostException {
        GuestSummary g = host.guest(nameOrUuid);
        return new Inspection(g, report(g));
    }

    /** The verdicts on a guest's persistent definition. */
    public GuestReport report(GuestSummary g) throws HostException {
        String xml = g.persistent() ? host.inactiveXml(g.uuid()) : host.liveXml(g.uuid());
        try {
            return Classifier.classify(Domain.parse(xml));
        } catch (XmlException e) {
            throw new HostException(HostException.Kind.INVALID_XML,
                    "the definition of " + g.name() + " on " + host.displayName() + " is not readable: " + e.getMessage());
        }
    }

    /** A guest and the verdicts on its devices. */
    public record Inspection(GuestSummary summary, GuestReport report) {}
}
