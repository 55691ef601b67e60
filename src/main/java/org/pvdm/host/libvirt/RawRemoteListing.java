package org.pvdm.host.libvirt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import com.sun.jna.Pointer;
import org.pvdm.host.GuestDefinition;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;
import org.slf4j.LoggerFactory;

/**
 * A remote host's guests and definitions through {@link RawLib}, in as few round trips as the calls allow: the
 * facts come in bulk ({@link Bulk}: two calls for all guests, made while the listing call is in flight) and only
 * the definitions are fetched per guest, many in flight at once ({@link Fanout}); the name, UUID and id of a
 * listed domain are in the client's handle and cost no round trip. Any failure makes the listing
 * {@link RawListing.Failed}, and the caller lists through libvirt-java, which says what went wrong.
 */
final class RawRemoteListing {
    private static final int LIST_PERSISTENT = 4;

    private RawRemoteListing() {}

    /**
     * Every guest with its definition: the listing call, with the bulk state and persistence calls made while it
     * is in flight; then the definitions, many in flight. The caller holds the connection ({@link PvdmConnect#inUse}):
     * both bulk calls end before this returns, so they never outlive that hold.
     */
    static List<GuestDefinition> definitions(PvdmConnect conn, LibvirtStats stats, Consumer<GuestDefinition> each)
            throws RawListing.Failed {
        Future<Map<String, GuestState>> states = Fanout.submit(() -> States.all(conn, stats));
        Future<Set<String>> persistent = Fanout.submit(() -> persistentUuids(conn.pointer()));
        try {
            return definitions(conn.pointer(), each, () -> {
                Map<String, GuestState> s = Fanout.await(states);
                Set<String> p;
                try {
                    p = Fanout.await(persistent);
                } catch (IllegalStateException e) {
                    throw new RawListing.Failed("virConnectListAllDomains(PERSISTENT)");
                }
                if (s == null) {
                    throw new RawListing.Failed("virConnectGetAllDomainStats(STATE)");
                }
                return new Bulk(s, p);
            });
        } finally {
            // both calls run on other threads under this thread's hold on the connection: done before it ends
            awaitQuietly(states);
            awaitQuietly(persistent);
        }
    }

    private static void awaitQuietly(Future<?> f) {
        try {
            Fanout.await(f);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(RawRemoteListing.class).debug("a bulk listing call failed: {}", e.getMessage());
        }
    }

    /** Every guest's state and persistence, from one call each for all guests. */
    private record Bulk(Map<String, GuestState> states, Set<String> persistent) {}

    /** The {@link Bulk} facts once the caller has them (they are fetched while the listing is in flight). */
    @FunctionalInterface
    private interface BulkSource {
        Bulk get() throws RawListing.Failed;
    }

    /**
     * A remote host's definitions: one listing, the facts from bulk, then every definition with up to
     * {@link Fanout#THREADS} calls in flight over the connection.
     */
    private static List<GuestDefinition> definitions(Pointer conn, Consumer<GuestDefinition> each, BulkSource bulk)
            throws RawListing.Failed {
        try (DomainList all = DomainList.of(conn, 0)) {
            if (all == null) {
                throw new RawListing.Failed("virConnectListAllDomains");
            }
            return definitions(all, each, bulk);
        }
    }

    private static List<GuestDefinition> definitions(DomainList domains, Consumer<GuestDefinition> each,
            BulkSource bulk) throws RawListing.Failed {
        int n = domains.size();
        Bulk facts = bulk.get();
        List<GuestSummary> guests = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            guests.add(summary(domains.get(i), facts));
        }
        // each definition goes to the caller on the thread that fetched it, while other fetches are in flight
        List<Fanout.Result<GuestDefinition>> defs = Fanout.map(java.util.stream.IntStream.range(0, n).boxed().toList(),
                true, i -> {
                    GuestSummary g = guests.get(i);
                    String xml = RawListing.xmlOrNull(domains.get(i), g.persistent() ? RawListing.XML_INACTIVE : 0);
                    if (xml == null) {
                        return null;
                    }
                    GuestDefinition d = GuestDefinition.of(g, xml);
                    each.accept(d);
                    return d;
                });
        List<GuestDefinition> out = new ArrayList<>(n);
        for (Fanout.Result<GuestDefinition> d : defs) {
            if (d.value() == null) {
                throw new RawListing.Failed("virDomainGetXMLDesc"); // gone meanwhile, or the link: libvirt-java says which
            }
            out.add(d.value());
        }
        return out;
    }

    /** The UUIDs of the persistent domains, from one listing call. */
    private static Set<String> persistentUuids(Pointer conn) throws RawListing.Failed {
        try (DomainList persistent = DomainList.of(conn, LIST_PERSISTENT)) {
            if (persistent == null) {
                throw new RawListing.Failed("virConnectListAllDomains(PERSISTENT)");
            }
            Set<String> out = new HashSet<>();
            for (int i = 0; i < persistent.size(); i++) {
                out.add(RawListing.uuid(persistent.get(i)));
            }
            return out;
        }
    }

    private static GuestSummary summary(Pointer d, Bulk facts) throws RawListing.Failed {
        String uuid = RawListing.uuid(d);
        GuestState state = facts.states().get(uuid);
        Pointer name = RawLib.virDomainGetName(d);
        if (state == null || name == null) {
            throw new RawListing.Failed("the bulk state of " + uuid); // defined after the state call: list again the slow way
        }
        return new GuestSummary(name.getString(0, StandardCharsets.UTF_8.name()), uuid, state,
                state.active() ? RawLib.virDomainGetID(d) : -1, facts.persistent().contains(uuid));
    }

}
