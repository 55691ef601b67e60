package org.pvdm.host.libvirt;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.libvirt.Domain;
import org.libvirt.DomainInfo;
import org.libvirt.LibvirtException;
import org.pvdm.host.CounterSnapshot;
import org.pvdm.host.GuestCounters;
import org.pvdm.host.HostException;
import org.pvdm.host.StatsSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raw counters per tick: one bulk call where the host supports it and its records carry block and net groups,
 * per-device calls otherwise. What works is learnt on the first ticks and remembered for the connection.
 */
final class LibvirtStats implements StatsSource {

    private static final Logger LOG = LoggerFactory.getLogger(LibvirtStats.class);

    private enum Mode { UNKNOWN, BULK, PER_DEVICE }

    private final PvdmConnect conn;
    private final String uri;
    private final boolean synthetic;
    private final Guests guests;
    private volatile BulkStats bulk;
    private volatile RawTick rawTick;
    private volatile boolean rawTried;
    private final DeviceCache cache;
    private final BulkConverter converter;
    private volatile Mode mode = Mode.UNKNOWN;
    private volatile boolean warm;

    LibvirtStats(PvdmConnect conn, String uri, boolean synthetic, Guests guests) {
        this(conn, uri, synthetic, guests, null);
    }

    /** @param bulk the bulk call to use (the bulk-tick benchmark's), null to bind libvirt's on first use */
    LibvirtStats(PvdmConnect conn, String uri, boolean synthetic, Guests guests, BulkStats bulk) {
        this.bulk = bulk;
        this.conn = conn;
        this.uri = uri;
        this.synthetic = synthetic;
        this.guests = guests;
        this.cache = new DeviceCache(!synthetic);
        this.converter = new BulkConverter(conn, cache);
    }

    /** The primitive-array per-device path, bound on first use; null where it cannot be bound. */
    private RawTick raw() {
        if (!rawTried) {
            rawTick = RawLib.available() ? new RawTick(cache) : null;
            rawTried = true;
        }
        return rawTick;
    }

    /** Bound on first use: a command that never samples does not load the binding. */
    BulkStats bulk() {
        BulkStats b = bulk;
        if (b == null) {
            synchronized (this) {
                b = bulk;
                if (b == null) {
                    b = new BulkStats();
                    bulk = b;
                }
            }
        }
        return b;
    }

    /** True once the bulk call was found to deliver block and net groups (for tests and the status bar). */
    boolean bulkInUse() {
        return mode == Mode.BULK;
    }

    /** XML texts parsed for device lists so far (for tests). */
    long xmlParses() {
        return cache.parses();
    }

    @Override
    public CounterSnapshot sample(Collection<String> uuids) throws HostException {
        Set<String> wanted = new HashSet<>();
        uuids.forEach(u -> wanted.add(u.toLowerCase(Locale.ROOT)));
        if (!warm) {
            // the first read pays for class loading, JNA structures, the bulk probe and XML: its reads are spread
            // over a long window, which would skew the first rate; read once more with everything warm
            warm = true;
            read(wanted);
        }
        return read(wanted);
    }

    private CounterSnapshot read(Set<String> wanted) throws HostException {
        ReadWindow window = new ReadWindow();
        List<GuestCounters> out = null;
        if (mode != Mode.PER_DEVICE) {
            out = sampleBulk(wanted, window);
        }
        boolean viaBulk = out != null;
        if (out == null) {
            window = new ReadWindow();
            out = samplePerDevice(wanted, window);
        }
        long mid = window.midpoint();
        Instant wall = Instant.now().minusNanos(System.nanoTime() - mid);
        if (wanted.isEmpty()) {
            cache.retain(out.stream().map(GuestCounters::uuid).toList());
        }
        return new CounterSnapshot(mid, wall, List.copyOf(out), viaBulk && converter.lastWasPureBulk(), synthetic);
    }

    /** @return the counters, or null when this tick must use per-device calls */
    private List<GuestCounters> sampleBulk(Set<String> wanted, ReadWindow window) {
        List<BulkRecord> records;
        try {
            window.mark();
            try (PvdmConnect.InUse u = conn.inUse()) {
                records = bulk().fetch(conn.pointer());
            }
            window.mark();
        } catch (BulkStats.Unavailable e) {
            if (e.permanent) {
                LOG.info("{} has no bulk domain stats ({}): reading counters per device", uri, e.getMessage());
                mode = Mode.PER_DEVICE;
            } else {
                LOG.debug("bulk stats failed on {} this tick: {}", uri, e.getMessage());
            }
            return null;
        }
        if (mode == Mode.UNKNOWN && !records.isEmpty()) {
            boolean groups = records.stream().anyMatch(r -> r.has("block.count") || r.has("net.count"));
            mode = groups ? Mode.BULK : Mode.PER_DEVICE;
            LOG.debug("{}: bulk stats {}", uri, groups ? "carry device counters" : "carry no device counters");
            if (!groups) {
                return null;
            }
        }
        return converter.convert(records, wanted, window);
    }

    private List<GuestCounters> samplePerDevice(Set<String> wanted, ReadWindow window) throws HostException {
        RawTick raw = raw();
        if (raw != null) {
            try {
                try (PvdmConnect.InUse u = conn.inUse()) {
                    return raw.read(conn.pointer(), wanted, window);
                }
            } catch (RawTick.Failed e) {
                LOG.debug("{}: listing for the per-device tick failed, asking libvirt-java for the error", uri);
            }
        }
        try {
            try (PvdmConnect.InUse u = conn.inUse()) {
                return perDeviceViaLibvirtJava(wanted, window);
            }
        } catch (LibvirtException e) {
            throw LibvirtErrors.map(e, "read I/O counters on " + uri);
        }
    }

    private List<GuestCounters> perDeviceViaLibvirtJava(Set<String> wanted, ReadWindow window) throws LibvirtException {
        List<Domain> domains = guests.domains(true);
        List<GuestCounters> out = new ArrayList<>(domains.size());
        for (Domain d : domains) {
            try {
                String uuid = d.getUUIDString();
                if (wanted.isEmpty() || wanted.contains(uuid)) {
                    out.add(readOne(d, uuid, window));
                }
            } catch (LibvirtException | IOException e) {
                LOG.debug("guest left out of this tick on {}: {}", uri, e.getMessage());
            } finally {
                Guests.free(d);
            }
        }
        return out;
    }

    private GuestCounters readOne(Domain d, String uuid, ReadWindow window) throws LibvirtException, IOException {
        DomainDevices devices = cache.get(d, uuid);
        window.mark();
        DomainInfo info = d.getInfo();
        window.mark();
        return new GuestCounters(uuid, d.getName(), Guests.state(info.state), info.cpuTime, info.nrVirtCpu,
                PerDeviceStats.disks(d, devices, window), PerDeviceStats.nics(d, devices, window));
    }
}
