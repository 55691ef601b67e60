package org.pvdm.ui.hosts;

import org.pvdm.host.CredentialPrompt;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostFactory;
import org.pvdm.host.HostUris;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.switching.HostAccess;

/**
 * Opens a {@link HostSession} through the engine's {@link HostAccess} (the rule the CLI follows too): writable
 * unless the person asked for read-only; when the host refuses write access, read-only with the reason kept for
 * the status bar and the disabled write actions. Blocks.
 */
public final class HostOpener {
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
        HostAccess access = new HostAccess((u, writable) -> connect.open(u, writable, prompt));
        HostAccess.Opened opened = entry.readOnly()
                ? access.openReadOnly(uri, "this connection was opened read-only (add it again without"
                        + " \"read-only\" to change guests)")
                : access.open(uri);
        // a switch's watch that loses its connection may have to roll back: it reopens with the session's access
        HostFactory reopenForChanges = opened.access().ok() ? () -> access.reopenWritable(uri) : reopen;
        return new HostSession(entry, opened.host(), opened.access().problem(), reopen, reopenForChanges);
    }
}
