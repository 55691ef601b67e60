package org.pvdm.it;

import java.util.List;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;

/**
 * A small guest on the private libvirtd: an IDE disk (an image the user owns) and an e1000 NIC on user
 * networking; no OS, so SeaBIOS idles once started. Named with the branch's prefix.
 */
final class FaultGuest {
    private FaultGuest() {}

    static String xml(String name, String image) {
        return "<domain type='qemu'>\n  <name>" + name + "</name>\n  <memory unit='MiB'>32</memory>\n"
                + "  <vcpu>1</vcpu>\n  <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='hd'/></os>\n"
                + "  <devices>\n    <disk type='file' device='disk'>\n      <driver name='qemu' type='raw'/>\n"
                + "      <source file='" + image + "'/>\n      <target dev='hda' bus='ide'/>\n    </disk>\n"
                + "    <interface type='user'><model type='e1000'/></interface>\n  </devices>\n</domain>\n";
    }

    /** Defines the guest afresh (stopped and undefined first if a run left it, then a new image) and returns its UUID. */
    static String define(PrivateLibvirtd d, Host host, String name) throws Exception {
        try {
            String uuid = host.guest(name).uuid();
            if (host.guest(name).state().active()) {
                host.destroy(uuid);
            }
            host.undefine(uuid);
        } catch (HostException e) {
            if (e.kind() != HostException.Kind.NOT_FOUND) {
                throw e;
            }
        }
        String image = d.home().resolve(name + ".img").toString();
        PrivateLibvirtd.Out o = d.asUser("qemu-img create -q -f raw " + image + " 4M");
        if (o.exit() != 0) {
            throw new IllegalStateException("qemu-img failed: " + o.text());
        }
        return host.define(xml(name, image));
    }

    static List<String> names(Host host) throws HostException {
        return host.guests().stream().map(g -> g.name()).toList();
    }
}
