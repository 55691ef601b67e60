package org.pvdm.ui.devices;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.pvdm.host.DiskSize;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlException;
import org.pvdm.readiness.PvdmMetadata;
import org.pvdm.readiness.ReadinessService;

/**
 * Reads a guest's device details from its host: the definition (sources, boot disk), each disk's size from
 * libvirt, the driver readiness as {@code pvdm inspect} judges it, and the stage of a staged switch. Blocks:
 * run it through the task runner.
 */
public final class DetailsReader {
    private final Host host;

    public DetailsReader(Host host) {
        this.host = host;
    }

    public GuestDetails read(GuestSummary g, String osId) throws HostException, XmlException {
        Domain domain = Domain.parse(g.persistent() ? host.inactiveXml(g.uuid()) : host.liveXml(g.uuid()));
        DeviceDetails devices = DeviceDetails.of(domain, osId).withSizes(sizes(g.uuid(), domain),
                host.syntheticCounters() && !domain.disks().isEmpty());
        Optional<PvdmMetadata.Stage> stage = new PvdmMetadata(domain).stage();
        try {
            return new GuestDetails(devices, Optional.of(new ReadinessService(host).assess(g.uuid(), domain,
                    g.state().active())), stage, "");
        } catch (RuntimeException e) {
            // libosinfo's files are read from the host's disk: a broken one must not hide the sizes
            return new GuestDetails(devices, Optional.empty(), stage, String.valueOf(e.getMessage()));
        }
    }

    private Map<String, String> sizes(String uuid, Domain domain) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Disk d : domain.disks()) {
            if (d.source().isEmpty()) {
                out.put(d.target(), "no medium");
                continue;
            }
            try {
                out.put(d.target(), text(host.diskSize(uuid, d.target())));
            } catch (HostException e) {
                out.put(d.target(), "unknown: " + e.getMessage());
            }
        }
        return out;
    }

    /** "40.0 GiB (1.5 GiB used)": the capacity, then what the host allocated for it. */
    static String text(DiskSize s) {
        return bytes(s.capacity()) + " (" + bytes(s.allocation()) + " used)";
    }

    static String bytes(long b) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        double v = b;
        int u = 0;
        // 1023.96 GiB would print as "1024.0 GiB": move up a unit before the rounding does
        while (v >= 1023.95 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? b + " B" : String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
