package org.pvdm.inventory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.pvdm.host.GuestDefinition;
import org.pvdm.host.HostXml;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.model.classify.Classifier;
import org.pvdm.model.classify.GuestReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists a host's guests and judges each one's persistent definition (what the guest boots with next).
 * Shared by the CLI and the GUI.
 */
public final class Inventory {
    private static final Logger LOG = LoggerFactory.getLogger(Inventory.class);

    private final Host host;
    private final ReportCache reports = new ReportCache();

    public Inventory(Host host) {
        this.host = host;
    }

    /**
     * Every guest, running and shut off, with its verdicts; one unreadable guest does not sink the list. The
     * definitions are read in one batch (in parallel where the host allows), each judged on the thread that read
     * it while the others are read.
     */
    public List<GuestRow> list() throws HostException {
        return list(r -> { });
    }

    /**
     * {@link #list()}, each row also handed to {@code progress} as soon as it is judged (on the thread that read
     * it, possibly several at once): a window shows verdicts as they come instead of after the last guest.
     */
    public List<GuestRow> list(java.util.function.Consumer<GuestRow> progress) throws HostException {
        Map<GuestDefinition, GuestRow> rows = Collections.synchronizedMap(new IdentityHashMap<>());
        List<GuestDefinition> defs = host.allDefinitions(d -> {
            GuestRow r = row(d);
            rows.put(d, r);
            progress.accept(r);
        });
        List<GuestRow> out = new ArrayList<>(defs.size());
        for (GuestDefinition d : defs) {
            GuestRow r = rows.get(d);
            out.add(r != null ? r : row(d));
        }
        return out;
    }

    private GuestRow row(GuestDefinition d) {
        GuestSummary g = d.guest();
        if (d.error() != null) {
            LOG.warn("cannot read the definition of {}: {}", g.name(), d.error().getMessage());
            return new GuestRow(g, null, d.error().getMessage());
        }
        try {
            return new GuestRow(g, reports.report(g, d.xml(), () -> judge(g, d.xml())), "");
        } catch (HostException e) {
            LOG.warn("cannot read the definition of {}: {}", g.name(), e.getMessage());
            return new GuestRow(g, null, e.getMessage());
        }
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
        return reports.report(g, xml, () -> judge(g, xml));
    }

    private GuestReport judge(GuestSummary g, String xml) throws HostException {
        return Classifier.classify(HostXml.domain(host, g, xml));
    }

    /** A guest and the verdicts on its devices. */
    public record Inspection(GuestSummary summary, GuestReport report) {}
}
