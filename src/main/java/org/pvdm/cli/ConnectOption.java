package org.pvdm.cli;

import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostUris;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.switching.HostAccess;
import org.pvdm.switching.WriteAccess;
import picocli.CommandLine.Option;

/** The --connect option every host command takes, and the way it opens the host. */
public final class ConnectOption {
    @Option(names = {"-c", "--connect"}, paramLabel = "URI",
            description = "libvirt URI (qemu:///system, qemu+ssh://root@host/system, xen:///, test:///PATH, or 'demo');"
                    + " default: $LIBVIRT_DEFAULT_URI, else the built-in demo host")
    String uri;

    /** The lab's guests live on the lab's host: without --connect or $LIBVIRT_DEFAULT_URI they are looked up there. */
    static final String LAB_PREFIX = "pvdm-lab-";
    static final String LAB_URI = "qemu:///system";

    private String guest;

    /** Names the guest the command is about, so that a lab guest is found on the lab's host. */
    public ConnectOption forGuest(String guestName) {
        this.guest = guestName;
        return this;
    }

    /** A --connect given before the command (pvdm --connect URI list): it serves every command of that run. */
    private static String beforeCommand;

    /** Called by the top-level command once parsed; null clears it (each run starts afresh). */
    static void setBeforeCommand(String value) {
        beforeCommand = value;
    }

    /**
     * The URI the person chose (this option, a --connect before the command, or $LIBVIRT_DEFAULT_URI), or null:
     * a URI read from a file is only compared with it.
     */
    public String explicit() {
        if (uri != null && !uri.isBlank()) {
            return uri;
        }
        if (beforeCommand != null && !beforeCommand.isBlank()) {
            return beforeCommand;
        }
        String env = System.getenv("LIBVIRT_DEFAULT_URI");
        return env == null || env.isBlank() ? null : env;
    }

    /** The URI this command talks to. */
    public String resolved() {
        if ((uri == null || uri.isBlank()) && beforeCommand != null && !beforeCommand.isBlank()) {
            uri = beforeCommand;
        }
        boolean unset = (uri == null || uri.isBlank()) && System.getenv("LIBVIRT_DEFAULT_URI") == null;
        if (unset && guest != null && guest.startsWith(LAB_PREFIX)) {
            return LAB_URI;
        }
        return HostUris.resolve(uri);
    }

    /** Opens the host read-only unless a change is asked for. */
    public Host open(boolean writable) throws HostException {
        try {
            return LibvirtHosts.open(resolved(), writable);
        } finally {
            Warmup.hostOpened();
        }
    }

    /** Writable where the host allows it, else read-only with the reason (the same rule as the GUI's). */
    public HostAccess.Opened openForWriting() throws HostException {
        try {
            return access().open(resolved());
        } finally {
            Warmup.hostOpened();
        }
    }

    /** Whether the admin could write to a host opened read-only on purpose, without writing anything. */
    public WriteAccess probe(Host host) {
        return access().probe(host);
    }

    private static HostAccess access() {
        return new HostAccess(LibvirtHosts::open);
    }
}
