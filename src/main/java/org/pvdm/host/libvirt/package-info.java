/**
 * {@link org.pvdm.host.Host} implemented with libvirt-java 0.5.4; open one with
 * {@link org.pvdm.host.libvirt.LibvirtHosts#open(String, boolean)}.
 *
 * <h2>Process-wide set-up</h2>
 * On the first open, libvirt's default error printer is replaced by a no-op (errors reach callers as
 * {@link org.pvdm.host.HostException}s, nothing is written to the terminal), and libvirt's default event loop is
 * registered and run on a daemon thread: lifecycle events and keepalives need it, and it must exist before the
 * first connection.
 *
 * <h2>Connecting</h2>
 * The connect runs on a worker thread and the caller waits at most the timeout (8 s by default; time a person
 * spends in a {@link org.pvdm.host.CredentialPrompt} does not count). ssh URIs get {@code no_tty=1} unless they
 * say otherwise, so ssh never waits for a password on a terminal nobody sees; authentication must then be by
 * key (add {@code keyfile=PATH} to the URI for a key that is not the default one). ssh has no connect timeout
 * libvirt could pass on, so a dead host is caught by the bounded wait; the abandoned connect is closed when it
 * eventually returns. A test:///PATH URI whose node file is missing fails before libvirt is called.
 *
 * <h2>Fallbacks for old hosts (SLES 11 SP1: libvirt 0.7.6)</h2>
 * <ul>
 * <li>Listing: virConnectListAllDomains (0.9.13+); on VIR_ERR_NO_SUPPORT, virConnectListDomains (running ids)
 * plus virConnectListDefinedDomains (shut-off names). Remembered per connection.</li>
 * <li>Counters: one virConnectGetAllDomainStats call per tick (1.2.8+, bound here with JNA since libvirt-java
 * lacks it; groups state, cpu-total, vcpu, interface, block; active guests). When the call is missing or
 * unsupported, or its records carry no block/net groups (the test driver returns only "state"), counters are
 * read per device: virDomainBlockStats for every disk target dev and virDomainInterfaceStats for every NIC's
 * target dev (or its MAC when it has none; libvirt 9 and its test driver accept either), taken from the
 * guest's live XML, cached per guest and domain id. CPU time and vCPUs then come from virDomainGetInfo.
 * Which path works is remembered per connection. NICs are always keyed by MAC.</li>
 * <li>A guest that vanishes during a tick, or a device whose call fails, is left out of that tick.</li>
 * </ul>
 */
package org.pvdm.host.libvirt;
