package org.pvdm.host.libvirt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import org.pvdm.host.GuestDefinition;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;

/**
 * A host's guests and definitions through {@link RawLib}: on a 1,000-guest host libvirt-java's interface proxy
 * cost more CPU than libvirt itself (six reflective calls per guest, each with its argument conversion). Any call
 * that fails makes the whole listing {@link Failed}: the caller then lists through libvirt-java, which says what
 * went wrong, so the results and the errors are the same on both paths.
 *
 * <p>On a local host each domain is asked its facts (every call answers at once). On a remote host the facts
 * come in bulk ({@link Bulk}: two calls for all guests, made while the listing call is in flight) and only the
 * definitions are fetched per guest, many in flight at once ({@link Fanout}): the name, UUID and id of a listed
 * domain are in the client's handle and cost no round trip.
 */
final class RawListing {
    /** virConnectListAllDomains' flags: 0 is every domain. */
    private static final int ALL = 0;
    private static final int XML_INACTIVE = 2;
    private static final int LIST_PERSISTENT = 4;

    /** A raw call failed: list through libvirt-java instead. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String call) {
            super(call + " failed");
        }
    }

    private RawListing() {}

    /** True where the raw calls can be used for conn (bound, and the connection open). */
    static boolean usable(Pointer conn) {
        return conn != null && RawLib.available();
    }

    /** Every domain as {@link Guests#summary} makes it, in libvirt's order. */
    static List<GuestSummary> guests(Pointer conn) throws Failed {
        List<GuestSummary> out = new ArrayList<>();
        each(conn, d -> out.add(summary(d)));
        return out;
    }

    /**
     * The definition of each wanted guest (the persistent one, the live one of a transient guest); a guest no
     * longer listed is null, for the caller to report as gone.
     */
    static List<String> xmls(Pointer conn, List<GuestSummary> wanted) throws Failed {
        Map<String, Integer> index = new HashMap<>(wanted.size() * 2);
        for (int i = 0; i < wanted.size(); i++) {
            index.put(wanted.get(i).uuid().toLowerCase(Locale.ROOT), i);
        }
        String[] out = new String[wanted.size()];
        each(conn, d -> {
            Integer i = index.get(uuid(d));
            if (i != null) {
                out[i] = xml(d, wanted.get(i).persistent() ? XML_INACTIVE : 0);
            }
        });
        return java.util.Arrays.asList(out);
    }

    /** The definitions of every guest in one pass: a listing, then per domain its facts and its XML. */
    static List<GuestDefinition> definitions(Pointer conn) throws Failed {
        List<GuestDefinition> out = new ArrayList<>();
        each(conn, d -> {
            GuestSummary g = summary(d);
            out.add(GuestDefinition.of(g, xml(d, g.persistent() ? XML_INACTIVE : 0)));
        });
        return out;
    }

    /** Every guest's state and persistence, from one call each for all guests. */
    record Bulk(Map<String, GuestState> states, Set<String> persistent) {}

    /** The {@link Bulk} facts once the caller has them (they are fetched while the listing is in flight). */
    @FunctionalInterface
    interface BulkSource {
        Bulk get() throws Failed;
    }

    /**
     * A remote host's definitions: one listing, the facts from bulk, then every definition with up to
     * {@link Fanout#THREADS} calls in flight over the connection.
     */
    static List<GuestDefinition> definitions(Pointer conn, BulkSource bulk) throws Failed {
        PointerByReference ref = new PointerByReference();
        int n = RawLib.virConnectListAllDomains(conn, ref, ALL);
        if (n < 0) {
            throw new Failed("virConnectListAllDomains");
        }
        Pointer array = ref.getValue();
        List<Pointer> domains = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            domains.add(array.getPointer((long) i * Native.POINTER_SIZE));
        }
        try {
            Bulk facts = bulk.get();
            List<GuestSummary> guests = new ArrayList<>(n);
            for (Pointer d : domains) {
                guests.add(summary(d, facts));
            }
            List<Fanout.Result<String>> xmls = Fanout.map(java.util.stream.IntStream.range(0, n).boxed().toList(), true,
                    i -> xmlOrNull(domains.get(i), guests.get(i).persistent() ? XML_INACTIVE : 0));
            List<GuestDefinition> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String xml = xmls.get(i).value();
                if (xml == null) {
                    throw new Failed("virDomainGetXMLDesc"); // gone meanwhile, or the link: libvirt-java says which
                }
                out.add(GuestDefinition.of(guests.get(i), xml));
            }
            return out;
        } finally {
            domains.forEach(RawLib::virDomainFree);
            if (array != null) {
                Native.free(Pointer.nativeValue(array));
            }
        }
    }

    /** The UUIDs of the persistent domains, from one listing call. */
    static Set<String> persistentUuids(Pointer conn) throws Failed {
        Set<String> out = new HashSet<>();
        PointerByReference ref = new PointerByReference();
        int n = RawLib.virConnectListAllDomains(conn, ref, LIST_PERSISTENT);
        if (n < 0) {
            throw new Failed("virConnectListAllDomains(PERSISTENT)");
        }
        Pointer array = ref.getValue();
        try {
            for (int i = 0; i < n; i++) {
                Pointer d = array.getPointer((long) i * Native.POINTER_SIZE);
                try {
                    out.add(uuid(d));
                } finally {
                    RawLib.virDomainFree(d);
                }
            }
        } finally {
            if (array != null) {
                Native.free(Pointer.nativeValue(array));
            }
        }
        return out;
    }

    private static GuestSummary summary(Pointer d, Bulk facts) throws Failed {
        String uuid = uuid(d);
        GuestState state = facts.states().get(uuid);
        Pointer name = RawLib.virDomainGetName(d);
        if (state == null || name == null) {
            throw new Failed("the bulk state of " + uuid); // defined after the state call: list again the slow way
        }
        return new GuestSummary(name.getString(0, StandardCharsets.UTF_8.name()), uuid, state,
                state.active() ? RawLib.virDomainGetID(d) : -1, facts.persistent().contains(uuid));
    }

    private static String xmlOrNull(Pointer d, int flags) {
        Pointer p = RawLib.virDomainGetXMLDesc(d, flags);
        if (p == null) {
            return null;
        }
        try {
            return p.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            Native.free(Pointer.nativeValue(p));
        }
    }

    private interface PerDomain {
        void accept(Pointer domain) throws Failed;
    }

    /** Lists every domain and calls body for each; every domain handle and the array are freed, whatever happens. */
    private static void each(Pointer conn, PerDomain body) throws Failed {
        PointerByReference ref = new PointerByReference();
        int n = RawLib.virConnectListAllDomains(conn, ref, ALL);
        if (n < 0) {
            throw new Failed("virConnectListAllDomains");
        }
        Pointer array = ref.getValue();
        int i = 0;
        try {
            for (; i < n; i++) {
                Pointer d = array.getPointer((long) i * Native.POINTER_SIZE);
                try {
                    body.accept(d);
                } finally {
                    RawLib.virDomainFree(d);
                }
            }
        } finally {
            for (i++; i < n; i++) {
                RawLib.virDomainFree(array.getPointer((long) i * Native.POINTER_SIZE));
            }
            if (array != null) {
                Native.free(Pointer.nativeValue(array));
            }
        }
    }

    private static GuestSummary summary(Pointer d) throws Failed {
        long[] info = new long[RawLib.INFO_LONGS];
        if (RawLib.virDomainGetInfo(d, info) < 0) {
            throw new Failed("virDomainGetInfo");
        }
        int persistent = RawLib.virDomainIsPersistent(d);
        if (persistent < 0) {
            throw new Failed("virDomainIsPersistent");
        }
        Pointer name = RawLib.virDomainGetName(d);
        if (name == null) {
            throw new Failed("virDomainGetName");
        }
        GuestState state = Guests.state(info[0] & 0xff);
        return new GuestSummary(name.getString(0, StandardCharsets.UTF_8.name()), uuid(d), state,
                state.active() ? RawLib.virDomainGetID(d) : -1, persistent == 1);
    }

    /** The UUID as libvirt formats it (lower case). */
    private static String uuid(Pointer d) throws Failed {
        byte[] buf = new byte[37];
        if (RawLib.virDomainGetUUIDString(d, buf) < 0) {
            throw new Failed("virDomainGetUUIDString");
        }
        return new String(buf, 0, 36, StandardCharsets.US_ASCII);
    }

    private static String xml(Pointer d, int flags) throws Failed {
        String xml = xmlOrNull(d, flags);
        if (xml == null) {
            throw new Failed("virDomainGetXMLDesc");
        }
        return xml;
    }
}
