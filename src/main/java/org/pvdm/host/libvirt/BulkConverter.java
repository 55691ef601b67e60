package org.pvdm.host.libvirt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainInfo;
import org.libvirt.LibvirtException;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.GuestCounters;
import org.pvdm.host.NetCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk records to {@link GuestCounters}. NICs are keyed by MAC: net.N.name (the tap device) is looked up in
 * the guest's live XML through the {@link DeviceCache}. A group missing from a record (the test driver gives
 * only "state") is read per device for that guest.
 */
final class BulkConverter {

    private static final Logger LOG = LoggerFactory.getLogger(BulkConverter.class);

    private final Connect conn;
    private final DeviceCache cache;
    private volatile boolean pure;

    BulkConverter(Connect conn, DeviceCache cache) {
        this.conn = conn;
        this.cache = cache;
    }

    /** True when the last {@link #convert} needed no per-device call. */
    boolean lastWasPureBulk() {
        return pure;
    }

    List<GuestCounters> convert(List<BulkRecord> records, Set<String> wanted, ReadWindow window) {
        boolean allBulk = true;
        List<GuestCounters> out = new ArrayList<>(records.size());
        for (BulkRecord r : records) {
            if (!wanted.isEmpty() && !wanted.contains(r.uuid())) {
                continue;
            }
            try {
                GuestCounters g = fromBulk(r);
                if (g == null) {
                    allBulk = false;
                    g = completed(r, window);
                }
                out.add(g);
            } catch (LibvirtException | IOException e) {
                LOG.debug("guest {} left out of this tick: {}", r.name(), e.getMessage());
            }
        }
        pure = allBulk;
        return out;
    }

    /** @return the counters, or null when a group is missing */
    private GuestCounters fromBulk(BulkRecord r) throws LibvirtException, IOException {
        long cpu = r.number("cpu.time");
        long vcpus = r.number("vcpu.current");
        if (cpu < 0 || vcpus < 0 || !r.has("block.count") || !r.has("net.count")) {
            return null;
        }
        return new GuestCounters(r.uuid(), r.name(), Guests.state(r.number("state.state")), cpu, (int) vcpus,
                disks(r), nics(r));
    }

    private static List<BlockCounters> disks(BulkRecord r) {
        int n = (int) r.number("block.count");
        List<BlockCounters> out = new ArrayList<>(Math.max(n, 0));
        for (int i = 0; i < n; i++) {
            String[] k = Keys.BLOCK.of(i);
            String name = r.text(k[0]);
            if (name != null) {
                out.add(new BlockCounters(name, r.number(k[1]), r.number(k[2]), r.number(k[3]), r.number(k[4]),
                        r.number(k[5]), r.number(k[6]), r.number(k[7])));
            }
        }
        return out;
    }

    private List<NetCounters> nics(BulkRecord r) throws LibvirtException, IOException {
        int n = (int) r.number("net.count");
        List<NetCounters> out = new ArrayList<>(Math.max(n, 0));
        for (int i = 0; i < n; i++) {
            String[] k = Keys.NET.of(i);
            String dev = r.text(k[0]);
            String mac = dev == null ? null : macOf(r, dev);
            if (mac == null) {
                LOG.debug("guest {}: no MAC for {} in its live XML, left out", r.name(), dev);
                continue;
            }
            out.add(new NetCounters(mac, dev, r.number(k[1]), r.number(k[2]), r.number(k[3]), r.number(k[4]),
                    r.number(k[5]), r.number(k[6]), r.number(k[7]), r.number(k[8])));
        }
        return out;
    }

    /**
     * The parameter names of device i ("block.3.rd.reqs"...), built once per index: at 1,000 guests a tick looks
     * up about 30,000 of them, and building each name again cost more than the lookup.
     */
    private enum Keys {
        BLOCK("block.", "name", "rd.reqs", "rd.bytes", "wr.reqs", "wr.bytes", "rd.times", "wr.times", "errors"),
        NET("net.", "name", "rx.bytes", "rx.pkts", "rx.errs", "rx.drop", "tx.bytes", "tx.pkts", "tx.errs",
                "tx.drop");

        /** Devices per guest whose names are kept; beyond, they are built per lookup. */
        private static final int KEPT = 64;

        private final String group;
        private final String[] fields;
        private final AtomicReferenceArray<String[]> kept = new AtomicReferenceArray<>(KEPT);

        Keys(String group, String... fields) {
            this.group = group;
            this.fields = fields;
        }

        String[] of(int i) {
            String[] k = i < KEPT ? kept.get(i) : null;
            if (k == null) {
                k = new String[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    k[f] = group + i + "." + fields[f];
                }
                if (i < KEPT) {
                    kept.set(i, k);
                }
            }
            return k;
        }
    }

    private String macOf(BulkRecord r, String dev) throws LibvirtException, IOException {
        DeviceCache.XmlSource xml = () -> liveXml(r.uuid());
        String mac = cache.get(r.uuid(), r.id(), xml).macOf(dev);
        if (mac == null) { // a NIC hot-plugged since the XML was read
            cache.forget(r.uuid());
            mac = cache.get(r.uuid(), r.id(), xml).macOf(dev);
        }
        return mac;
    }

    private String liveXml(String uuid) throws LibvirtException {
        Domain d = conn.domainLookupByUUIDString(uuid);
        try {
            return d.getXMLDesc(0);
        } finally {
            Guests.free(d);
        }
    }

    /** The record's state plus per-device counters for what the bulk call did not give. */
    private GuestCounters completed(BulkRecord r, ReadWindow window) throws LibvirtException, IOException {
        Domain d = conn.domainLookupByUUIDString(r.uuid());
        try {
            DomainDevices devices = cache.get(d, r.uuid());
            window.mark();
            DomainInfo info = d.getInfo();
            window.mark();
            long cpu = r.has("cpu.time") ? r.number("cpu.time") : info.cpuTime;
            int vcpus = r.has("vcpu.current") ? (int) r.number("vcpu.current") : info.nrVirtCpu;
            return new GuestCounters(r.uuid(), r.name(), Guests.state(info.state), cpu, vcpus,
                    r.has("block.count") ? disks(r) : PerDeviceStats.disks(d, devices, window),
                    r.has("net.count") ? nics(r) : PerDeviceStats.nics(d, devices, window));
        } finally {
            Guests.free(d);
        }
    }
}
