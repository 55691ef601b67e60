package org.pvdm.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
            assumeTrue(type.equalsIgnoreCase("QEMU"), "skipped: " + URI + " is not a QEMU host but " + type);
            return h;
        } catch (HostException e) {
            Needs.libvirtd(URI, e.getMessage());
            return null;
        }
    }
}
