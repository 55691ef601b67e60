package org.pvdm.it;

import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.testsupport.Needs;

/** The real libvirtd with QEMU that scripts/test starts; integration tests skip, naming what is missing. */
final class QemuHost {
    static final String URI = System.getProperty("pvdm.it.uri", "qemu:///system");

    private QemuHost() {}

    static Host openOrSkip() {
        Needs.libvirt0();
        try {
            Host h = LibvirtHosts.open(URI, true);
            String type = h.info().hypervisor();
            Needs.present(type.equalsIgnoreCase("QEMU"), () -> "a QEMU host at " + URI + " (it is " + type + ")");
            return h;
        } catch (HostException e) {
            Needs.libvirtd(URI, e.getMessage());
            return null;
        }
    }
}
