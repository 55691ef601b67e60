package org.pvdm.host.libvirt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.libvirt.Domain;
import org.pvdm.host.GuestDefinition;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.HostException;
import org.pvdm.host.HostException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LibvirtHost}'s listing of guests and of their definitions, by name: raw calls where they can be used
 * ({@link RawListing} on a local host, {@link RawRemoteListing} on a remote one), else libvirt-java, whose errors
 * then say what is wrong.
 */
final class GuestListing {

    private static final Logger LOG = LoggerFactory.getLogger(GuestListing.class);
    private static final Comparator<GuestSummary> BY_NAME =
            Comparator.comparing(GuestSummary::name).thenComparing(GuestSummary::uuid);

    private final PvdmConnect conn;
    private final HostCalls calls;
    private final String given;
    private final boolean remote;
    private final Guests guests;
    private final LibvirtStats stats;

    GuestListing(PvdmConnect conn, HostCalls calls, String given, boolean remote, Guests guests, LibvirtStats stats) {
        this.conn = conn;
        this.calls = calls;
        this.given = given;
        this.remote = remote;
        this.guests = guests;
        this.stats = stats;
    }

    List<GuestSummary> guests() throws HostException {
        return calls.call("list the guests on " + given, () -> {
            if (rawListing()) {
                try {
                    return sorted(RawListing.guests(conn.pointer()), BY_NAME);
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
    List<GuestDefinition> definitions(List<GuestSummary> wanted) throws HostException {
        if (wanted.isEmpty()) {
            return List.of();
        }
        return calls.call("read the guests' definitions on " + given, () -> Definitions.read(guests, given, wanted, remote));
    }

    /**
     * One pass of raw calls lists the guests and reads their definitions: on a local host each guest is asked its
     * facts, on a remote one they come in bulk, fetched while the listing call is in flight (one round trip for
     * the three calls instead of three).
     */
    List<GuestDefinition> allDefinitions(Consumer<GuestDefinition> each) throws HostException {
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
                return sorted(remote ? RawRemoteListing.definitions(conn, stats, each)
                        : RawListing.definitions(conn.pointer(), each), Comparator.comparing(GuestDefinition::guest, BY_NAME));
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

    private static <T> List<T> sorted(List<T> in, Comparator<? super T> order) {
        List<T> out = new ArrayList<>(in);
        out.sort(order);
        return out;
    }

    /**
     * Raw calls for a local host (the test driver, a local libvirtd): where every call answers at once, libvirt-java's
     * per-call overhead is most of the cost. A remote host keeps its calls in parallel over the link (Fanout).
     */
    private boolean rawListing() {
        return !remote && rawUsable();
    }

    private boolean rawUsable() {
        return !calls.isClosed() && RawListing.usable(conn.pointer());
    }
}
