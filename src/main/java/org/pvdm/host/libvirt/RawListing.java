package org.pvdm.host.libvirt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import org.pvdm.host.GuestDefinition;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;

/**
 * A local host's guests and definitions through {@link RawLib}: on a 1,000-guest host libvirt-java's interface
 * proxy cost more CPU than libvirt itself (six reflective calls per guest, each with its argument conversion).
 * Each domain is asked its facts (every call answers at once; a remote host: {@link RawRemoteListing}). Any call
 * that fails makes the whole listing {@link Failed}: the caller then lists through libvirt-java, which says what
 * went wrong, so the results and the errors are the same on both paths.
 */
final class RawListing {
    /** virConnectListAllDomains' flags: 0 is every domain. */
    private static final int ALL = 0;
    /** Threads reading one listing (a local host answers at once: more than the cores only wait on each other). */
    private static final int PARTS = 4;
    /** Fewer domains than this per thread are read on one: a thread costs more than it saves. */
    private static final int MIN_SHARE = 64;
    static final int XML_INACTIVE = 2;

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
     * The definitions of every guest, in libvirt's order: a listing, then per domain its facts and its XML, on up
     * to {@link #PARTS} threads (each a share of the domains), each definition handed to {@code each} on the
     * thread that read it, so the caller's work on it (classifying) runs beside the reading of the others.
     */
    static List<GuestDefinition> definitions(Pointer conn, Consumer<GuestDefinition> each) throws Failed {
        try (DomainList domains = DomainList.of(conn, ALL)) {
            if (domains == null) {
                throw new Failed("virConnectListAllDomains");
            }
            return definitions(domains, each);
        }
    }

    private static List<GuestDefinition> definitions(DomainList domains, Consumer<GuestDefinition> each)
            throws Failed {
        int n = domains.size();
        GuestDefinition[] out = new GuestDefinition[n];
        int parts = Math.max(1, Math.min(PARTS, Math.min(n / MIN_SHARE, Runtime.getRuntime().availableProcessors())));
        List<Future<Void>> others = new ArrayList<>();
        for (int p = 1; p < parts; p++) {
            int from = n * p / parts;
            int to = n * (p + 1) / parts;
            others.add(Fanout.submit(() -> {
                read(domains, from, to, out, each);
                return null;
            }));
        }
        Failed failed = null;
        RuntimeException bug = null;
        try {
            read(domains, 0, n / parts, out, each);
        } catch (Failed e) {
            failed = e;
        } catch (RuntimeException e) {
            bug = e;
        }
        // the other shares end before the handles are freed, whatever this share threw
        for (Future<Void> f : others) {
            try {
                Fanout.await(f);
            } catch (IllegalStateException e) {
                if (e.getCause() instanceof Failed c) {
                    failed = failed == null ? c : failed;
                } else {
                    bug = bug == null ? e : bug;
                }
            } catch (RuntimeException e) {
                bug = bug == null ? e : bug;
            }
        }
        if (bug != null) {
            throw bug;
        }
        if (failed != null) {
            throw failed;
        }
        return java.util.Arrays.asList(out);
    }

    private static void read(DomainList domains, int from, int to, GuestDefinition[] out,
            Consumer<GuestDefinition> each) throws Failed {
        for (int i = from; i < to; i++) {
            GuestSummary g = summary(domains.get(i));
            out[i] = GuestDefinition.of(g, xml(domains.get(i), g.persistent() ? XML_INACTIVE : 0));
            each.accept(out[i]);
        }
    }

    /** The definition text, or null when the call failed. */
    static String xmlOrNull(Pointer d, int flags) {
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

    /** Lists every domain and calls body for each; the handles are freed, whatever happens. */
    private static void each(Pointer conn, PerDomain body) throws Failed {
        try (DomainList domains = DomainList.of(conn, ALL)) {
            if (domains == null) {
                throw new Failed("virConnectListAllDomains");
            }
            for (int i = 0; i < domains.size(); i++) {
                body.accept(domains.get(i));
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
    static String uuid(Pointer d) throws Failed {
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
