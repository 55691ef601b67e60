package org.pvdm.testsupport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.pvdm.host.CounterSnapshot;
import org.pvdm.host.GuestCounters;
import org.pvdm.host.GuestDefinition;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostException.Kind;
import org.pvdm.host.HostInfo;
import org.pvdm.host.LifecycleEvent;
import org.pvdm.host.StatsSource;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlException;

/**
 * An in-memory {@link Host} for tests of what libvirt's test driver cannot show: a host that stores something
 * other than what was defined, calls that fail on cue, guests that vanish, counters chosen by the test.
 * Thread-safe enough for a sampler thread reading counters while the test thread changes guests.
 */
public final class FakeHost implements Host {
    private final String uri;
    private final boolean readOnly;
    private final Map<String, Guest> guests = new LinkedHashMap<>();
    private final Map<String, HostException> failures = new HashMap<>();
    private final Map<String, Integer> calls = new HashMap<>();
    private final List<Consumer<LifecycleEvent>> listeners = new CopyOnWriteArrayList<>();
    private UnaryOperator<String> storeAs = UnaryOperator.identity();
    private Function<String, GuestCounters> counters = uuid -> null;
    private boolean closed;

    private static final class Guest {
        String name;
        final String uuid;
        GuestState state;
        String xml;

        Guest(String name, String uuid, GuestState state, String xml) {
            this.name = name;
            this.uuid = uuid;
            this.state = state;
            this.xml = xml;
        }

        GuestSummary summary() {
            return new GuestSummary(name, uuid, state, state.active() ? 1 : -1, true);
        }
    }

    public FakeHost() {
        this("fake:///test", false);
    }

    public FakeHost(String uri, boolean readOnly) {
        this.uri = uri;
        this.readOnly = readOnly;
    }

    /** Adds a guest from its domain XML (name and UUID come from the XML). */
    public synchronized GuestSummary add(String xml, GuestState state) {
        Domain d = parse(xml);
        Guest g = new Guest(d.name(), d.uuid(), state, xml);
        guests.put(g.uuid, g);
        return g.summary();
    }

    /** Removes a guest behind pvdm's back (someone ran virsh undefine). */
    public synchronized void vanish(String uuid) {
        guests.remove(uuid);
    }

    /** Replaces a guest's definition behind pvdm's back (someone edited it meanwhile). */
    public synchronized void edit(String uuid, String xml) {
        guests.get(uuid).xml = xml;
    }

    /** The next call of {@code method} (the Host method's name) fails with this exception. */
    public synchronized void failNext(String method, HostException e) {
        failures.put(method, e);
    }

    /** What {@link #define} stores instead of what it was given (libvirt normalising, or dropping a change). */
    public synchronized void storeAs(UnaryOperator<String> change) {
        this.storeAs = change;
    }

    /** The counters the stats source reports for a guest UUID (null: none). */
    public synchronized void counters(Function<String, GuestCounters> perGuest) {
        this.counters = perGuest;
    }

    public synchronized int calls(String method) {
        return calls.getOrDefault(method, 0);
    }

    /** Hands an event to every subscriber, as libvirt's event thread would. */
    public void fire(LifecycleEvent event) {
        listeners.forEach(l -> l.accept(event));
    }

    public int subscribers() {
        return listeners.size();
    }

    public synchronized boolean closed() {
        return closed;
    }

    private synchronized void call(String method) throws HostException {
        calls.merge(method, 1, Integer::sum);
        HostException e = failures.remove(method);
        if (e != null) {
            throw e;
        }
    }

    private Guest find(String uuid) throws HostException {
        Guest g = guests.get(uuid);
        if (g == null) {
            throw new HostException(Kind.NOT_FOUND, "no guest with UUID " + uuid + " on " + uri);
        }
        return g;
    }

    private static Domain parse(String xml) {
        try {
            return Domain.parse(xml);
        } catch (XmlException e) {
            throw new IllegalArgumentException("a fake guest needs valid domain XML: " + e.getMessage(), e);
        }
    }

    @Override
    public String uri() {
        return uri;
    }

    @Override
    public String displayName() {
        return uri;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public boolean syntheticCounters() {
        return false;
    }

    @Override
    public synchronized HostInfo info() throws HostException {
        call("info");
        return new HostInfo("QEMU", "fake", "9.0.0", "7.2.0");
    }

    @Override
    public synchronized List<GuestSummary> guests() throws HostException {
        call("guests");
        List<GuestSummary> out = new ArrayList<>();
        guests.values().forEach(g -> out.add(g.summary()));
        out.sort(Comparator.comparing(GuestSummary::name));
        return out;
    }

    /** One pass, counted as "allDefinitions" (not as another "guests"); each definition read as definitions() does. */
    @Override
    public List<GuestDefinition> allDefinitions(java.util.function.Consumer<GuestDefinition> each)
            throws HostException {
        List<GuestSummary> listed = new ArrayList<>();
        synchronized (this) {
            call("allDefinitions");
            guests.values().forEach(g -> listed.add(g.summary()));
        }
        listed.sort(Comparator.comparing(GuestSummary::name));
        List<GuestDefinition> all = definitions(listed);
        all.forEach(each);
        return all;
    }

    @Override
    public synchronized GuestSummary guest(String nameOrUuid) throws HostException {
        call("guest");
        for (Guest g : guests.values()) {
            if (g.uuid.equals(nameOrUuid) || g.name.equals(nameOrUuid)) {
                return g.summary();
            }
        }
        throw new HostException(Kind.NOT_FOUND, "no guest " + nameOrUuid + " on " + uri);
    }

    @Override
    public synchronized String inactiveXml(String uuid) throws HostException {
        call("inactiveXml");
        return find(uuid).xml;
    }

    @Override
    public synchronized String liveXml(String uuid) throws HostException {
        call("liveXml");
        return find(uuid).xml;
    }

    @Override
    public synchronized String define(String xml) throws HostException {
        call("define");
        if (readOnly) {
            throw new HostException(Kind.READ_ONLY, "read-only connection to " + uri);
        }
        Domain d;
        try {
            d = Domain.parse(xml);
        } catch (XmlException e) { // as libvirt: access is checked first, then the XML is refused
            throw new HostException(Kind.INVALID_XML, "cannot define a guest on " + uri + ": " + e.getMessage());
        }
        Guest g = guests.get(d.uuid());
        String stored = storeAs.apply(xml);
        if (g == null) {
            guests.put(d.uuid(), new Guest(d.name(), d.uuid(), GuestState.SHUTOFF, stored));
        } else {
            g.xml = stored;
            g.name = d.name();
        }
        return d.uuid();
    }

    @Override
    public synchronized void start(String uuid) throws HostException {
        call("start");
        find(uuid).state = GuestState.RUNNING;
    }

    @Override
    public synchronized void shutdown(String uuid) throws HostException {
        call("shutdown");
        find(uuid).state = GuestState.SHUTOFF;
    }

    @Override
    public synchronized void destroy(String uuid) throws HostException {
        call("destroy");
        find(uuid).state = GuestState.SHUTOFF;
    }

    @Override
    public synchronized void undefine(String uuid) throws HostException {
        call("undefine");
        find(uuid);
        guests.remove(uuid);
    }

    @Override
    public StatsSource stats() {
        return uuids -> {
            List<GuestCounters> out = new ArrayList<>();
            synchronized (this) {
                call("stats");
                for (Guest g : guests.values()) {
                    GuestCounters c = g.state.active() && (uuids.isEmpty() || uuids.contains(g.uuid))
                            ? counters.apply(g.uuid) : null;
                    if (c != null) {
                        out.add(c);
                    }
                }
            }
            return new CounterSnapshot(System.nanoTime(), Instant.now(), out, true, false);
        };
    }

    @Override
    public AutoCloseable onLifecycle(Consumer<LifecycleEvent> listener) throws HostException {
        call("onLifecycle");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
