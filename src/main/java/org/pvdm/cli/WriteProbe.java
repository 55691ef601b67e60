package org.pvdm.cli;

import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.switching.WriteAccess;

/** Finds out whether the admin could write to a host, without writing anything. */
final class WriteProbe {
    private WriteProbe() {}

    static WriteAccess of(Host host) {
        if (!host.readOnly()) {
            return WriteAccess.allowed();
        }
        try (Host writable = LibvirtHosts.open(host.uri(), true)) {
            return WriteAccess.allowed();
        } catch (HostException e) {
            return WriteAccess.denied("cannot write to " + host.displayName() + ": " + e.getMessage());
        }
    }
}
