package org.pvdm.host.libvirt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.pvdm.host.GuestDefinition;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostException.Kind;
import org.pvdm.host.HostInfo;
import org.pvdm.host.LifecycleEvent;
import org.pvdm.host.StatsSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link Host} over one libvirt-java connection. Thread-safe: libvirt connections are. */
final class LibvirtHost implements Host {

    private static final Logger LOG = LoggerFactory.getLogger(LibvirtHost.class);
    private static final int XML_INACTIVE = 2; // VIR_DOMAIN_XML_INACTIVE; SECURE would need write access
    private static final Comparator<GuestSummary> BY_NAME =
            Comparator.comparing(GuestSummary::name).thenComparing(GuestSummary::uuid);

    private final PvdmConnect conn;
    private final String given;
    private final String canonical;
    private final boolean readOnly;
    private final Guests guests;
    private final GuestLookup lookup;
    private final LibvirtStats stats;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Guest-event subscriptions not yet removed: {@link #close} removes them before the connection goes. */
    private final Set<Runnable> subscriptions = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final boolean remote;

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
        this.guests = new Guests(conn);
        this.remote = States.remote(trimmed(given));
        this.lookup = new GuestLookup(conn, org.pvdm.host.HostUris.displayName(given));
        this.stats = new LibvirtStats(conn, given, syntheticCounters(), guests);
    }

    @FunctionalInterface
    interface Call<T> {
        T run() throws LibvirtException, HostException;
    }

    /** Runs one libvirt call; action says what and on what, for the message: "start guest 'x' on URI". */
    <T> T call(String action, Call<T> body) throws HostException {
        if (closed.get()) {
            throw new HostException(Kind.UNREACHABLE, "cannot " + action + ": the connection is closed (reconnect)");
        }
        try (PvdmConnect.InUse u = conn.inUse()) {
            return body.run();
        } catch (LibvirtException e) {
            throw LibvirtErrors.map(e, action);
        }
    }

    private static String trimmed(String uri) {
        return uri == null ? "" : uri.strip();
    }

    @Override public String uri() { return canonical; }
    @Override public String displayName() { return org.pvdm.host.HostUris.displayName(given); }
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

    @Override
    public List<GuestSummary> guests() throws HostException {
        return call("list the guests on " + given, () -> {
            if (rawListing()) {
                try {
                    List<GuestSummary> out = new ArrayList<>(RawListing.guests(conn.pointer()));
                    out.sort(BY_NAME);
                    return out;
                } catch (RawListing.Failed e) {
                    LOG.debug("{}: listing through libvirt-java ({})", given, e.getMessage());
                }
            }
            List<Domain> all = guests.domains(false);
            try {
                Set<String> persistent = all.isEmpty() ? Set.of() : guests.persistentUuids();
                Map<String, GuestState> states = all.size() > 1 && remote ? States.all(conn, stats) : null;
                List<GuestSummary> out = new ArrayList<>(all.size());
                for (Fanout.Result<GuestSummary> r : Fanout.map(all, remote, d -> Guests.summary(d, persistent, states))) {
                    if (r.error() == null) {
                        out.add(r.value());
                    } else if (LibvirtErrors.kind(r.error()) != Kind.NOT_FOUND) {
                        throw r.error(); // a guest that vanished while listed is left out
                    }
                }
                out.sort(BY_NAME);
                return out;
            } finally {
                all.forEach(Guests::free);
            }
        });
    }

    /** One listing call, then every definition in parallel over the connection (no lookup per guest). */
    @Override
    public List<GuestDefinition> definitions(List<GuestSummary> wanted) throws HostException {
        if (wanted.isEmpty()) {
            return List.of();
        }
        return call("read the guests' definitions on " + given, () -> Definitions.read(guests, given, wanted, remote));
    }

    /**
     * One pass of raw calls lists the guests and reads their definitions: on a local host each guest is asked its
     * facts, on a remote one they come in bulk, fetched while the listing call is in flight (one round trip for
     * the three calls instead of three).
     */
    @Override
    public List<GuestDefinition> allDefinitions(Consumer<GuestDefinition> each) throws HostException {
        List<GuestDefinition> raw;
        try (PvdmConnect.InUse u = conn.inUse()) {
            raw = rawDefinitions(each);
        }
        if (raw != null) {
            return raw;
        }
        List<GuestDefinition> all = definitions(guests());
        all.parallelStream().forEach(each);
        return all;
    }

    /** The raw pass, or null when it cannot be used or failed (libvirt-java then says what is wrong). */
    private List<GuestDefinition> rawDefinitions(Consumer<GuestDefinition> each) {
        if (rawUsable()) {
            try {
                List<GuestDefinition> out = new ArrayList<>(remote ? RawRemoteListing.definitions(conn, stats, each)
                        : RawListing.definitions(conn.pointer(), each));
                out.sort(Comparator.comparing(GuestDefinition::guest, BY_NAME));
                return out;
            } catch (RawListing.Failed e) {
                LOG.debug("{}: reading the definitions through libvirt-java ({})", given, e.getMessage());
            }
        }
        return null;
    }

    /** The raw remote pass alone, for the test that checks it agrees with libvirt-java (no fallback). */
    List<GuestDefinition> remoteRawDefinitions() throws RawListing.Failed {
        try (PvdmConnect.InUse u = conn.inUse()) {
            return RawRemoteListing.definitions(conn, stats, d -> { });
        }
    }

    /**
     * Raw calls for a local host (the test driver, a local libvirtd): where every call answers at once, libvirt-java's
     * per-call overhead is most of the cost. A remote host keeps its calls in parallel over the link (Fanout).
     */
    private boolean rawListing() {
        return !remote && rawUsable();
    }

    private boolean rawUsable() {
        return !closed.get() && RawListing.usable(conn.pointer());
    }

    @Override
    public GuestSummary guest(String nameOrUuid) throws HostException {
        return call("find guest '" + nameOrUuid + "' on " + given, () -> {
            Domain d = lookup.byNameOrUuid(nameOrUuid);
            try {
                return Guests.summary(d);
            } finally {
                Guests.free(d);
            }
        });
    }

    private <T> T onGuest(String uuid, String verb, GuestCall<T> body) throws HostException {
        Domain d = call("find guest " + uuid + " on " + given, () -> lookup.byUuid(uuid));
        try {
            String name = call("read the name of guest " + uuid, d::getName);
            return call(verb + " guest '" + name + "' on " + given, () -> body.run(d));
        } finally {
            Guests.free(d);
        }
    }

    @FunctionalInterface
    private interface GuestCall<T> {
        T run(Domain d) throws LibvirtException;
    }

    @Override
    public String inactiveXml(String uuid) throws HostException {
        return onGuest(uuid, "read the definition of", d -> d.getXMLDesc(XML_INACTIVE));
    }

    @Override
    public String liveXml(String uuid) throws HostException {
        return onGuest(uuid, "read the live definition of", d -> d.getXMLDesc(0));
    }

    @Override
    public String define(String xml) throws HostException {
        return call("define a guest on " + given, () -> conn.domainDefineXML(xml).getUUIDString());
    }

    @Override
    public org.pvdm.host.DiskSize diskSize(String uuid, String target) throws HostException {
        return onGuest(uuid, "read the size of disk " + target + " of", d -> {
            try {
                org.libvirt.DomainBlockInfo b = d.blockInfo(target);
                return new org.pvdm.host.DiskSize(b.getCapacity(), b.getAllocation(), "block info");
            } catch (LibvirtException blockInfoFailed) {
                // the QEMU driver cannot open a pool volume of a shut-off guest itself; its pool knows the size
                return DiskVolumes.size(conn, d.getXMLDesc(XML_INACTIVE), target).orElseThrow(() -> blockInfoFailed);
            }
        });
    }

    @Override
    public String agentCommand(String uuid, String json, int timeoutSeconds) throws HostException {
        return onGuest(uuid, "ask the guest agent of", d -> d.qemuAgentCommand(json, timeoutSeconds, 0));
    }

    @Override
    public AutoCloseable onReboot(String uuid, Runnable listener) throws HostException {
        // libvirt-java 0.5.4 cannot unregister a reboot callback: the handle mutes it instead, and the
        // registration ends with the connection.
        java.util.concurrent.atomic.AtomicBoolean live = new java.util.concurrent.atomic.AtomicBoolean(true);
        onGuest(uuid, "watch resets of", d -> {
            d.addRebootListener(dom -> {
                if (live.get()) {
                    listener.run();
                }
            });
            return null;
        });
        return () -> live.set(false);
    }

    @Override
    public String createTransient(String xml) throws HostException {
        return call("create a transient guest on " + given, () -> conn.domainCreateXML(xml, 0).getUUIDString());
    }

    @Override
    public void start(String uuid) throws HostException {
        onGuest(uuid, "start", Domain::create);
    }

    @Override
    public void shutdown(String uuid) throws HostException {
        onGuest(uuid, "shut down", d -> { d.shutdown(); return null; });
    }

    @Override
    public void reboot(String uuid) throws HostException {
        onGuest(uuid, "reboot", d -> { d.reboot(0); return null; });
    }

    @Override
    public void destroy(String uuid) throws HostException {
        onGuest(uuid, "force off", d -> { d.destroy(); return null; });
    }

    @Override
    public void undefine(String uuid) throws HostException {
        onGuest(uuid, "undefine", d -> { d.undefine(); return null; });
    }

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
        return closed.get();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
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
