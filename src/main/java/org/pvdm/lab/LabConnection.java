package org.pvdm.lab;

import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.libvirt.LibvirtHosts;

/** Opens the lab's libvirt connection; for qemu:///system runs setup-host.sh first when libvirtd does not answer. */
final class LabConnection {
    private LabConnection() {}

    interface Setup {
        void run(LabProgress progress) throws LabException;
    }

    /** @param setup how to make qemu:///system answer, or null to fail instead */
    static Host open(String uri, Setup setup, LabProgress progress) throws LabException {
        var missing = LibvirtHosts.unavailableReason();
        if (missing.isPresent()) {
            throw new LabException(LabException.Kind.UNAVAILABLE, missing.get()
                    + " (apt-get install libvirt0, or run as root: pvdm lab up installs what is missing)");
        }
        Host host;
        try {
            host = LibvirtHosts.open(uri, true);
        } catch (HostException e) {
            if (setup == null || !LabPaths.isSystem(uri) || e.kind() != HostException.Kind.UNREACHABLE) {
                throw LabException.of(e);
            }
            progress.step("libvirtd does not answer on " + uri + ": running setup-host.sh");
            setup.run(progress);
            try {
                host = LibvirtHosts.open(uri, true);
            } catch (HostException again) {
                throw LabException.of(again);
            }
        }
        try {
            String hv = host.info().hypervisor();
            if (!hv.equalsIgnoreCase("QEMU")) {
                host.close();
                throw new LabException(LabException.Kind.UNSUPPORTED, uri + " is a " + hv
                        + " host: the lab needs libvirt's QEMU driver (qemu:///system)");
            }
        } catch (HostException e) {
            host.close();
            throw LabException.of(e);
        }
        return host;
    }
}
