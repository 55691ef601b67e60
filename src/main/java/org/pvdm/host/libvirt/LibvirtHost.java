package org.pvdm.host.libvirt;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.libvirt.LibvirtException;
import org.pvdm.host.DiskSize;
import org.pvdm.host.GuestDefinition;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostInfo;
import org.pvdm.host.HostUris;
import org.pvdm.host.LifecycleEvent;
import org.pvdm.host.StatsSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Host} over one libvirt-java connection. Thread-safe: libvirt connections are. The listing is
 * {@link GuestListing}'s, what is done to one guest {@link GuestActions}'; every call runs through
 * {@link HostCalls}, which refuses it once the host is closed.
 */
final class LibvirtHost implements Host {

    private static final Logger LOG = LoggerFactory.getLogger(LibvirtHost.class);

    private final PvdmConnect conn;
    private final String given;
    private final String canonical;
    private final boolean readOnly;
    private final HostCalls calls;
    private final LibvirtStats stats;
    private final GuestListing listing;
    private final GuestActions actions;
    /** Guest-event subscriptions not yet removed: {@link #close} removes them before the connection goes. */
    private final Set<Runnable> subscriptions = ConcurrentHashMap.newKeySet();

    LibvirtHost(PvdmConnect conn, String given, boolean readOnly) {
        this.conn = conn;
        this.given = given;
        this.readOnly = readOnly;
        String reported = null;
        try {
            reported = conn.getURI();
        } catch (LibvirtException e) {
            LOG.debug("{}: no canonical URI", given, e);
        }
        // pvdm's own no_tty=1 is not part of the host's name (a plan records this URI)
        this.canonical = reported == null || reported.equals(Connector.withNoTty(given)) ? given : reported;
        this.calls = new HostCalls(conn);
        Guests guests = new Guests(conn);
        this.stats = new LibvirtStats(conn, given, syntheticCounters(), guests);
        boolean remote = States.remote(given == null ? "" : given.strip());
        this.listing = new GuestListing(conn, calls, given, remote, guests, stats);
        this.actions = new GuestActions(conn, calls, given);
    }

    /** Runs one libvirt call through {@link HostCalls#call} (held, refused once closed, errors mapped). */
    <T> T call(String action, HostCalls.Call<T> body) throws HostException {
        return calls.call(action, body);
    }

    @Override public String uri() { return canonical; }
    @Override public String displayName() { return HostUris.displayName(given); }
    @Override public boolean readOnly() { return readOnly; }

    @Override
    public boolean syntheticCounters() {
        return given.regionMatches(true, 0, "test:", 0, 5);
    }

    @Override
    public HostInfo info() throws HostException {
        return call("read the facts of " + given, () -> new HostInfo(conn.getType(), hostName(),
                version(conn.getLibVirVersion()), version(conn.getVersion())));
    }

    private String hostName() {
        try {
            return conn.getHostName();
        } catch (LibvirtException e) {
            return "";
        }
    }

    /** libvirt's major * 1,000,000 + minor * 1,000 + release as "major.minor.release"; "" for 0 (unknown). */
    static String version(long v) {
        return v <= 0 ? "" : (v / 1_000_000) + "." + (v / 1_000 % 1_000) + "." + (v % 1_000);
    }

    @Override public List<GuestSummary> guests() throws HostException { return listing.guests(); }

    @Override
    public List<GuestDefinition> definitions(List<GuestSummary> wanted) throws HostException {
        return listing.definitions(wanted);
    }

    @Override
    public List<GuestDefinition> allDefinitions(Consumer<GuestDefinition> each) throws HostException {
        return listing.allDefinitions(each);
    }

    /** The raw remote pass alone, for the test that checks it agrees with libvirt-java (no fallback). */
    List<GuestDefinition> remoteRawDefinitions() throws RawListing.Failed {
        return listing.remoteRawDefinitions();
    }

    @Override public GuestSummary guest(String nameOrUuid) throws HostException { return actions.guest(nameOrUuid); }
    @Override public String inactiveXml(String uuid) throws HostException { return actions.inactiveXml(uuid); }
    @Override public String liveXml(String uuid) throws HostException { return actions.liveXml(uuid); }
    @Override public String define(String xml) throws HostException { return actions.define(xml); }
    @Override public String createTransient(String xml) throws HostException { return actions.createTransient(xml); }

    @Override
    public DiskSize diskSize(String uuid, String target) throws HostException {
        return actions.diskSize(uuid, target);
    }

    @Override
    public String agentCommand(String uuid, String json, int timeoutSeconds) throws HostException {
        return actions.agentCommand(uuid, json, timeoutSeconds);
    }

    @Override
    public AutoCloseable onReboot(String uuid, Runnable listener) throws HostException {
        return actions.onReboot(uuid, listener);
    }

    @Override public void start(String uuid) throws HostException { actions.start(uuid); }
    @Override public void shutdown(String uuid) throws HostException { actions.shutdown(uuid); }
    @Override public void reboot(String uuid) throws HostException { actions.reboot(uuid); }
    @Override public void destroy(String uuid) throws HostException { actions.destroy(uuid); }
    @Override public void undefine(String uuid) throws HostException { actions.undefine(uuid); }

    @Override
    public StatsSource stats() {
        return stats;
    }

    @Override
    public AutoCloseable onLifecycle(Consumer<LifecycleEvent> listener) throws HostException {
        return LifecycleBridge.subscribe(this, conn, listener, subscriptions);
    }

    /** For tests of this package: guest-event subscriptions not yet removed. */
    int liveSubscriptions() {
        return subscriptions.size();
    }

    /** For tests of this package. */
    PvdmConnect connection() {
        return conn;
    }

    boolean isClosed() {
        return calls.isClosed();
    }

    /**
     * Removes the guest-event subscriptions left first (a connection closed with a listener still registered
     * crashed the JVM in libvirt's event loop), then closes the connection, which waits for calls in flight.
     */
    @Override
    public void close() {
        if (calls.markClosed()) {
            for (Runnable unsubscribe : List.copyOf(subscriptions)) {
                unsubscribe.run();
            }
            subscriptions.clear();
            try {
                conn.close();
            } catch (LibvirtException e) {
                LOG.debug("closing {} failed: {}", given, LibvirtErrors.reason(e));
            }
        }
    }
}
