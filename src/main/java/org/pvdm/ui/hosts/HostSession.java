package org.pvdm.ui.hosts;

import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostFactory;
import org.pvdm.inventory.Inventory;

/**
 * One open connection as the GUI uses it.
 *
 * @param readOnlyReason   why write actions are disabled ("" when the connection is writable)
 * @param reopen           opens a fresh read-only connection to the same host the way this one was opened (same
 *                         credential prompt), for statistics that lost theirs
 * @param reopenForChanges opens the host again with the write access this session has (writable and probed
 *                         through HostAccess when it is writable), for a boot watch that lost its connection and
 *                         may still have to roll back
 */
public record HostSession(ConnectionEntry entry, Host host, Inventory inventory, String readOnlyReason,
                          HostFactory reopen, HostFactory reopenForChanges) {

    public HostSession(ConnectionEntry entry, Host host, String readOnlyReason, HostFactory reopen,
                       HostFactory reopenForChanges) {
        this(entry, host, new Inventory(host), readOnlyReason, reopen, reopenForChanges);
    }

    /** A session that cannot open its host again (tests, hosts opened elsewhere). */
    public HostSession(ConnectionEntry entry, Host host, String readOnlyReason) {
        this(entry, host, readOnlyReason, lost(entry), lost(entry));
    }

    private static HostFactory lost(ConnectionEntry entry) {
        return () -> {
            throw new HostException(HostException.Kind.UNREACHABLE, "the connection to " + entry.label()
                    + " was lost and cannot be opened again from here: connect to it again");
        };
    }

    public boolean readOnly() {
        return !readOnlyReason.isEmpty();
    }

    public String label() {
        return entry.label();
    }

    /** True on libvirt's test driver, whose I/O counters are synthetic. */
    public boolean synthetic() {
        return host.syntheticCounters();
    }

    /** Closes the connection; may block briefly, so call it off the FX thread. */
    public void close() {
        host.close();
    }
}
