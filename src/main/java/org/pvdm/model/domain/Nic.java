package org.pvdm.model.domain;

import java.util.Locale;
import java.util.Set;
import org.pvdm.model.xml.XmlElement;

/** An {@code <interface>} of a domain. Named by its MAC everywhere in pvdm. */
public final class Nic {
    /** Interface types whose guest side is not an emulated or PV NIC of ours: passthrough or host-side. */
    private static final Set<String> PASSTHROUGH = Set.of("hostdev", "vhostuser", "vdpa");

    private final XmlElement e;

    Nic(XmlElement e) {
        this.e = e;
    }

    public XmlElement element() {
        return e;
    }

    /** network, bridge, direct, user, ethernet, hostdev, vhostuser, ... */
    public String type() {
        return e.optAttr("type").orElse("");
    }

    /** The MAC address in lower case, "" when libvirt is left to generate one. */
    public String mac() {
        return e.child("mac").map(m -> m.attr("address")).map(a -> a.toLowerCase(Locale.ROOT)).orElse("");
    }

    /** The model type, "" when none is written (the hypervisor default applies). */
    public String model() {
        return e.child("model").map(m -> m.attr("type")).map(String::trim).orElse("");
    }

    /** The host-side device (vnet0), as a live XML names it. */
    public String hostDevice() {
        return e.child("target").map(t -> t.attr("dev")).orElse("");
    }

    /** What it is plugged into: network, bridge or device name, for display. */
    public String source() {
        return e.child("source").map(s -> {
            for (String attr : new String[] {"network", "bridge", "dev", "path"}) {
                if (s.attr(attr) != null) {
                    return s.attr(attr);
                }
            }
            return "";
        }).orElse("");
    }

    /** Passthrough or host-side NICs (hostdev, vhost-user, vDPA): neither emulated nor ours to change. */
    public boolean passthrough() {
        return PASSTHROUGH.contains(type());
    }

    /** The name pvdm uses for this NIC: its MAC, or "interface N" when it has none. */
    public String displayName(int index) {
        return mac().isEmpty() ? "interface" + index : mac();
    }
}
