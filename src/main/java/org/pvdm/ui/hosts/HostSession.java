package org.pvdm.ui.hosts;

import org.pvdm.host.Host;
import org.pvdm.inventory.Inventory;

/**
 * One open connection as the GUI uses it.
 *
 * @param readOnlyReason why write actions are disabled ("" when the connection is writable)
 */
public record HostSession(ConnectionEntry entry, Host host, Inventory inventory, String readOnlyReason) {

    public HostSession(ConnectionEntry entry, Host host, String readOnlyReason) {
        this(entry, host, new Inventory(host), readOnlyReason);
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
