package org.pvdm.ui.hosts;

import org.pvdm.host.CredentialPrompt;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostFactory;
import org.pvdm.host.HostUris;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a {@link HostSession}: writable unless the person asked for read-only; when the host refuses write
 * access, read-only with the reason kept for the status bar and the disabled write actions. Blocks.
 */
public final class HostOpener {
    private static final Logger LOG = LoggerFactory.getLogger(HostOpener.class);

    @FunctionalInterface
    public interface Connect {
        Host open(String uri, boolean writable, CredentialPrompt prompt) throws HostException;
    }

    private final Connect connect;

    public HostOpener(Connect connect) {
        this.connect = connect;
    }

    public static HostOpener libvirt() {
        return new HostOpener((uri, writable, prompt) ->
                LibvirtHosts.open(uri, writable, prompt, LibvirtHosts.DEFAULT_CONNECT_TIMEOUT));
    }

    public HostSession open(ConnectionEntry entry, CredentialPrompt prompt) throws HostException {
        String uri = HostUris.resolve(entry.isDemo() ? ConnectionEntry.DEMO : entry.uri());
        HostFactory reopen = () -> connect.open(uri, false, prompt);
        if (entry.readOnly()) {
            return new HostSession(entry, connect.open(uri, false, prompt),
                    "this connection was opened read-only (add it again without \"read-only\" to change guests)",
                    reopen);
        }
        try {
            return new HostSession(entry, connect.open(uri, true, prompt), "", reopen);
        } catch (HostException e) {
            if (e.kind() != HostException.Kind.PERMISSION_DENIED) {
                throw e;
            }
            LOG.info("{} refused write access, trying read-only: {}", entry.label(), e.getMessage());
            Host host = connect.open(uri, false, prompt);
            return new HostSession(entry, host, "the host refused write access, so pvdm connected read-only: "
                    + e.getMessage(), reopen);
        }
    }
}
