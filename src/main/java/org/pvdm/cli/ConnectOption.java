package org.pvdm.cli;

import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostUris;
import org.pvdm.host.libvirt.LibvirtHosts;
import picocli.CommandLine.Option;

/** The --connect option every host command takes, and the way it opens the host. */
public final class ConnectOption {
    @Option(names = {"-c", "--connect"}, paramLabel = "URI",
            description = "libvirt URI (qemu:///system, qemu+ssh://root@host/system, xen:///, test:///PATH, or 'demo');"
                    + " default: $LIBVIRT_DEFAULT_URI, else the built-in demo host")
    String uri;

    /** The URI this command talks to. */
    public String resolved() {
        return HostUris.resolve(uri);
    }

    /** Opens the host read-only unless a change is asked for. */
    public Host open(boolean writable) throws HostException {
        return LibvirtHosts.open(resolved(), writable);
    }
}
