package org.pvdm.host.libvirt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.bench.NodeFiles;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.CounterSnapshot;
import org.pvdm.host.GuestCounters;
import org.pvdm.host.GuestState;
import org.pvdm.host.NetCounters;

/**
 * The bulk path's parsing and conversion of a synthetic virConnectGetAllDomainStats answer (the one the bulk-tick
 * benchmark measures): every field the list holds is read back with its name and value, and the converter makes
 * the counters of each guest's two disks and NIC from it, with no per-device call and no XML read per tick.
 */
class BulkParseTest {

    private static final int GUESTS = 4;

    @TempDir
    Path tmp;

    @Test
    void parsingReadsEveryFieldOfEveryRecord() throws Exception {
        TestHosts.assumeLibvirt();
        try (BulkTickRig rig = rig()) {
            SyntheticBulkList list = rig.list();
            assertEquals(GUESTS, list.count());
            rig.advance();
            List<BulkRecord> records = rig.parser().records(list.pointer(), list.count());
            assertEquals(GUESTS, records.size());
            Set<String> seen = new java.util.HashSet<>();
            for (int k = 0; k < GUESTS; k++) {
                BulkRecord r = records.get(k);
                int i = index(r.name());
                assertTrue(seen.add(r.name()), "guest twice: " + r.name());
                assertEquals(NodeFiles.uuid(i), r.uuid());
                assertTrue(r.id() > 0, "a running guest's id: " + r.id());
                // 2 state + 3 cpu + 6 vcpu + 10 net + 1 + 2 x 13 block fields
                assertEquals(48, list.paramsPerGuest(k));
                assertEquals(list.expected(k), r.params(), "guest " + r.name());
            }
            assertEquals(SyntheticBulkList.INT, list.type(0, "state.state"));
            assertEquals(SyntheticBulkList.UINT, list.type(0, "block.count"));
            assertEquals(SyntheticBulkList.STRING, list.type(0, "net.0.name"));
            assertEquals(SyntheticBulkList.ULLONG, list.type(0, "block.1.wr.times"));
        }
    }

    @Test
    void recordsOfDifferentShapesKeepTheirOwnFieldNames() throws Exception {
        TestHosts.assumeLibvirt();
        try (BulkTickRig rig = rig()) {
            // guests with 1, 2, 3... vCPUs and 2, 1, 2... disks: the names at a position differ between records
            List<SyntheticBulkList.Guest> shapes = new java.util.ArrayList<>();
            for (int k = 0; k < GUESTS; k++) {
                List<String> disks = k % 2 == 0 ? List.of("vda", "vdb") : List.of("sda");
                List<String> paths = disks.stream().map(d -> "/var/lib/libvirt/images/" + d + ".qcow2").toList();
                shapes.add(new SyntheticBulkList.Guest(rig.doms().get(k), k + 1, disks, paths, "vnet" + k));
            }
            SyntheticBulkList list = new SyntheticBulkList(shapes);
            list.advance();
            List<BulkRecord> records = rig.parser().records(list.pointer(), list.count());
            assertEquals(GUESTS, records.size());
            for (int k = 0; k < GUESTS; k++) {
                assertEquals(list.expected(k), records.get(k).params(), records.get(k).name());
                assertEquals(k + 1L, records.get(k).number("vcpu.current"));
                assertEquals("vnet" + k, records.get(k).text("net.0.name"));
            }
        }
    }

    @Test
    void converterMakesEachGuestsCountersFromTheRecordsAlone() throws Exception {
        TestHosts.assumeLibvirt();
        try (BulkTickRig rig = rig()) {
            SyntheticBulkList list = rig.list();
            BulkConverter converter = new BulkConverter(rig.connection(), new DeviceCache(true));
            List<GuestCounters> first = convert(rig, converter);
            assertTrue(converter.lastWasPureBulk(), "a per-device call was needed");
            for (int i = 0; i < GUESTS; i++) {
                check(first.get(i), list.expected(i));
            }
            rig.advance();
            List<GuestCounters> second = convert(rig, converter);
            for (int i = 0; i < GUESTS; i++) {
                check(second.get(i), list.expected(i));
                assertTrue(second.get(i).disks().get(1).wrBytes() > first.get(i).disks().get(1).wrBytes());
                assertTrue(second.get(i).nics().get(0).rxBytes() > first.get(i).nics().get(0).rxBytes());
                assertTrue(second.get(i).cpuTimeNs() > first.get(i).cpuTimeNs());
            }
        }
    }

    @Test
    void theSamplerSourceStaysOnTheBulkPathAndReadsEachXmlOnce() throws Exception {
        TestHosts.assumeLibvirt();
        try (BulkTickRig rig = rig()) {
            CounterSnapshot s = null;
            for (int t = 0; t < 3; t++) {
                rig.advance();
                s = rig.sample();
            }
            assertTrue(rig.bulkInUse(), "the source left the bulk path");
            assertTrue(s.bulk(), "a tick needed per-device calls");
            assertEquals(GUESTS, s.guests().size());
            assertEquals(GUESTS, rig.xmlParses(), "live XML parsed more than once per guest");
            for (int k = 0; k < GUESTS; k++) {
                check(s.guests().get(k), rig.list().expected(k));
            }
        }
    }

    private BulkTickRig rig() throws Exception {
        Path node = NodeFiles.write(tmp.resolve("node.xml"), GUESTS, "bp", NodeFiles.Mix.RUNNING_VIRTIO);
        return BulkTickRig.open("test://" + node.toAbsolutePath());
    }

    private static List<GuestCounters> convert(BulkTickRig rig, BulkConverter converter) {
        List<BulkRecord> records = rig.parser().records(rig.list().pointer(), rig.list().count());
        List<GuestCounters> out = converter.convert(records, Set.of(), new ReadWindow());
        assertEquals(GUESTS, out.size(), "guests left out");
        return out;
    }

    /** The NodeFiles index of a guest named bp-NNNNN. */
    private static int index(String name) {
        assertTrue(name.startsWith("bp-"), name);
        return Integer.parseInt(name.substring(3));
    }

    /** Checks a guest's counters against the record the list holds for it (e: in the records' order). */
    private static void check(GuestCounters g, Map<String, Object> e) {
        int i = index(g.name());
        assertEquals(NodeFiles.uuid(i), g.uuid());
        assertEquals(GuestState.RUNNING, g.state());
        assertEquals(e.get("cpu.time"), g.cpuTimeNs());
        assertEquals(1, g.vcpus());
        assertEquals(2, g.disks().size());
        for (int d = 0; d < 2; d++) {
            BlockCounters b = g.disks().get(d);
            String p = "block." + d + ".";
            assertEquals(d == 0 ? "vda" : "vdb", b.device());
            assertEquals(e.get(p + "name"), b.device());
            assertEquals(e.get(p + "rd.reqs"), b.rdReqs());
            assertEquals(e.get(p + "rd.bytes"), b.rdBytes());
            assertEquals(e.get(p + "rd.times"), b.rdTimesNs());
            assertEquals(e.get(p + "wr.reqs"), b.wrReqs());
            assertEquals(e.get(p + "wr.bytes"), b.wrBytes());
            assertEquals(e.get(p + "wr.times"), b.wrTimesNs());
            assertEquals(-1, b.errors(), "block.N.errors is Xen's only: not reported on QEMU");
        }
        assertEquals(1, g.nics().size());
        NetCounters n = g.nics().get(0);
        assertEquals(String.format(Locale.ROOT, "52:54:00:00:00:%02x", i), n.mac());
        assertEquals(e.get("net.0.name"), n.hostDevice());
        assertEquals(e.get("net.0.rx.bytes"), n.rxBytes());
        assertEquals(e.get("net.0.rx.pkts"), n.rxPackets());
        assertEquals(e.get("net.0.rx.errs"), n.rxErrs());
        assertEquals(e.get("net.0.rx.drop"), n.rxDrop());
        assertEquals(e.get("net.0.tx.bytes"), n.txBytes());
        assertEquals(e.get("net.0.tx.pkts"), n.txPackets());
        assertEquals(e.get("net.0.tx.errs"), n.txErrs());
        assertEquals(e.get("net.0.tx.drop"), n.txDrop());
    }
}
