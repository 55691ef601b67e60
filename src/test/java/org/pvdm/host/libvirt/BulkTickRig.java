package org.pvdm.host.libvirt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

import org.libvirt.LibvirtException;
import org.pvdm.host.CounterSnapshot;
import org.pvdm.host.HostException;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.domain.Nic;
import org.pvdm.model.xml.XmlException;

/**
 * pvdm's bulk statistics path fed with a {@link SyntheticBulkList} instead of libvirtd's answer: the real
 * {@link LibvirtStats} (bulk mode, the device cache of a host that can hot-plug), {@link BulkStats}' parsing and
 * {@link BulkConverter}, over a test-driver host whose running guests give the real virDomainPtr handles the
 * records carry and the live XML the converter reads NIC names from. Only the virConnectGetAllDomainStats call
 * itself (and the free of its list, which libvirt allocated) is replaced.
 */
public final class BulkTickRig implements AutoCloseable {

    private final PvdmConnect conn;
    private final Pointer array;
    private final List<Pointer> doms;
    private final SyntheticBulkList list;
    private final BulkStats parser;
    private final LibvirtStats stats;

    private BulkTickRig(PvdmConnect conn, Pointer array, List<Pointer> doms, SyntheticBulkList list) {
        this.conn = conn;
        this.array = array;
        this.doms = doms;
        this.list = list;
        this.parser = new Replayed(list);
        this.stats = new LibvirtStats(conn, "synthetic bulk records over " + conn, false, new Guests(conn), parser);
    }

    /** Connects to uri (a test-driver node file) and builds one record per running guest. */
    public static BulkTickRig open(String uri) throws LibvirtException, IOException {
        if (!RawLib.available()) {
            throw new IOException("the raw libvirt binding is not available (64-bit libvirt.so.0 needed)");
        }
        PvdmConnect conn = new PvdmConnect(uri, null, 1); // VIR_CONNECT_RO: the rig only reads
        PointerByReference ref = new PointerByReference();
        int n = RawLib.virConnectListAllDomains(conn.pointer(), ref, RawLib.LIST_ACTIVE);
        if (n < 0) {
            conn.close();
            throw new IOException("virConnectListAllDomains failed on " + uri);
        }
        Pointer array = ref.getValue();
        List<Pointer> doms = new ArrayList<>(n);
        List<SyntheticBulkList.Guest> guests = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Pointer d = array.getPointer((long) i * Native.POINTER_SIZE);
            doms.add(d);
            guests.add(guest(d));
        }
        return new BulkTickRig(conn, array, doms, new SyntheticBulkList(guests));
    }

    /** The devices in the guest's live XML, as QEMU's bulk records name them (target dev, source, tap name). */
    private static SyntheticBulkList.Guest guest(Pointer d) throws IOException {
        Pointer xmlPtr = RawLib.virDomainGetXMLDesc(d, 0);
        if (xmlPtr == null) {
            throw new IOException("virDomainGetXMLDesc failed");
        }
        String xml;
        try {
            xml = xmlPtr.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            Native.free(Pointer.nativeValue(xmlPtr));
        }
        Domain domain;
        try {
            domain = Domain.parse(xml);
        } catch (XmlException e) {
            throw new IOException(e.getMessage(), e);
        }
        List<String> disks = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (Disk disk : domain.disks()) {
            disks.add(disk.target());
            paths.add(disk.source());
        }
        List<Nic> nics = domain.nics();
        if (nics.size() != 1 || nics.get(0).hostDevice().isEmpty()) {
            throw new IOException("guest " + domain.name() + ": one NIC with a host-side name expected");
        }
        return new SyntheticBulkList.Guest(d, 1, List.copyOf(disks), List.copyOf(paths), nics.get(0).hostDevice());
    }

    /** After this long, the device cache of a host that can hot-plug re-reads a guest's live XML. */
    public static long cacheAgeNanos() {
        return DeviceCache.MAX_AGE_NANOS;
    }

    public SyntheticBulkList list() {
        return list;
    }

    public int guests() {
        return list.count();
    }

    /** Counters one second on (not pvdm's work: the bench keeps it out of the figure). */
    public void advance() {
        list.advance();
    }

    /** One tick of pvdm's sampler source: parse, convert, snapshot (what Sampler's core calls). */
    public CounterSnapshot sample() throws HostException {
        return stats.sample(List.of());
    }

    /** True once the source found device groups in the records and stays on the bulk path. */
    public boolean bulkInUse() {
        return stats.bulkInUse();
    }

    /** Live XML texts parsed so far by the converter's device cache. */
    public long xmlParses() {
        return stats.xmlParses();
    }

    /** The running guests' handles, in the listing's order (borrowed: freed by {@link #close()}). */
    List<Pointer> doms() {
        return doms;
    }

    BulkStats parser() {
        return parser;
    }

    PvdmConnect connection() {
        return conn;
    }

    @Override
    public void close() throws LibvirtException {
        for (Pointer d : doms) {
            RawLib.virDomainFree(d);
        }
        Native.free(Pointer.nativeValue(array));
        conn.close();
    }

    /** BulkStats whose call answers with the synthetic list: parsed by the real code, freed by nobody. */
    private static final class Replayed extends BulkStats {
        private final SyntheticBulkList list;

        Replayed(SyntheticBulkList list) {
            this.list = list;
        }

        @Override
        List<BulkRecord> fetch(Pointer conn, int groups, int flags) {
            return records(list.pointer(), list.count());
        }
    }
}
