package org.pvdm.host.libvirt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * In native memory, what virConnectGetAllDomainStats (groups state, cpu-total, vcpu, interface, block) returns
 * for running QEMU guests under libvirt 9.0: a NULL-terminated array of virDomainStatsRecord {dom, params,
 * nparams}, each with its virTypedParameter array. Field names and types follow libvirt 9.0's list (virsh(1),
 * domstats); the fields QEMU gives only in special set-ups (cpu.haltpoll.*, vcpu.N.halted on s390, block.N.errors
 * on Xen, block.N.threshold when one is set, backingIndex with --backing) are left out, as a usual x86 host does.
 * Counters grow by a per-guest step at every {@link #advance()}: one second of a busy guest.
 *
 * <p>The memory is Java's (JNA {@link Memory}): nothing here may be handed to virDomainStatsRecordListFree.
 * The dom handles are the caller's, borrowed.
 */
public final class SyntheticBulkList {

    static final int INT = 1;
    static final int UINT = 2;
    static final int ULLONG = 4;
    static final int STRING = 7;

    private static final int PARAM_SIZE = 96;
    private static final int TYPE_OFFSET = 80;
    private static final int VALUE_OFFSET = 88;
    private static final int RECORD_SIZE = 24;

    /** One guest's vCPUs and devices: the disks' target names and source paths, the NIC's host-side name. */
    public record Guest(Pointer dom, int vcpus, List<String> disks, List<String> paths, String nic) {}

    /** One typed parameter: a fixed value (base) or a counter growing by step per tick. */
    private record Field(String name, int type, long base, long step, String text) {}

    private final List<List<Field>> fields = new ArrayList<>();
    private final List<Memory> params = new ArrayList<>();
    /** Records and strings the list points to: held so the GC does not free them under the list. */
    private final List<Memory> keep = new ArrayList<>();
    private final Memory list;
    private final int count;
    private long tick;

    public SyntheticBulkList(List<Guest> guests) {
        count = guests.size();
        list = new Memory((long) (count + 1) * Native.POINTER_SIZE);
        List<Memory> records = new ArrayList<>(count);
        for (int g = 0; g < count; g++) {
            Guest guest = guests.get(g);
            List<Field> f = fields(g, guest);
            fields.add(f);
            Memory p = new Memory((long) f.size() * PARAM_SIZE);
            p.clear();
            for (int j = 0; j < f.size(); j++) {
                write(p, j, f.get(j));
            }
            params.add(p);
            Memory rec = new Memory(RECORD_SIZE);
            rec.clear();
            rec.setPointer(0, guest.dom());
            rec.setPointer(Native.POINTER_SIZE, p);
            rec.setInt(2L * Native.POINTER_SIZE, f.size());
            records.add(rec);
            list.setPointer((long) g * Native.POINTER_SIZE, rec);
        }
        list.setPointer((long) count * Native.POINTER_SIZE, null);
        keep.addAll(records);
    }

    /** The virDomainStatsRecordPtr array, NULL-terminated. */
    public Pointer pointer() {
        return list;
    }

    public int count() {
        return count;
    }

    /** Typed parameters per guest (the same for all guests of one shape). */
    public int paramsPerGuest(int guest) {
        return fields.get(guest).size();
    }

    /** One second later: every counter grows by its step (libvirtd's and QEMU's work, not pvdm's). */
    public void advance() {
        tick++;
        for (int g = 0; g < count; g++) {
            List<Field> f = fields.get(g);
            Memory p = params.get(g);
            for (int j = 0; j < f.size(); j++) {
                Field x = f.get(j);
                if (x.step() != 0) {
                    p.setLong((long) j * PARAM_SIZE + VALUE_OFFSET, x.base() + x.step() * tick);
                }
            }
        }
    }

    /** What guest g's record holds now, as BulkStats should read it: numbers as Long, strings as String. */
    public Map<String, Object> expected(int g) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field x : fields.get(g)) {
            out.put(x.name(), x.type() == STRING ? x.text() : (Object) (x.base() + x.step() * tick));
        }
        return out;
    }

    /** The libvirt typed-parameter type of a field of guest g (INT, UINT, ULLONG, STRING). */
    int type(int g, String name) {
        return fields.get(g).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().type();
    }

    private void write(Memory p, int j, Field x) {
        long at = (long) j * PARAM_SIZE;
        byte[] name = x.name().getBytes(StandardCharsets.US_ASCII);
        p.write(at, name, 0, name.length); // the rest of char field[80] stays zero: NUL-terminated
        p.setInt(at + TYPE_OFFSET, x.type());
        switch (x.type()) {
            case INT, UINT -> p.setInt(at + VALUE_OFFSET, (int) x.base());
            case STRING -> {
                byte[] b = x.text().getBytes(StandardCharsets.UTF_8);
                Memory s = new Memory(b.length + 1L);
                s.write(0, b, 0, b.length);
                s.setByte(b.length, (byte) 0);
                keep.add(s);
                p.setPointer(at + VALUE_OFFSET, s);
            }
            default -> p.setLong(at + VALUE_OFFSET, x.base());
        }
    }

    /** libvirt 9.0's QEMU driver order: state, cpu-total, vcpu, interface, block. */
    private static List<Field> fields(int g, Guest guest) {
        List<Field> f = new ArrayList<>(64);
        long up = 3_600 + g % 997; // seconds the guest has run: counters start far from zero
        f.add(fixed("state.state", INT, 1));   // VIR_DOMAIN_RUNNING
        f.add(fixed("state.reason", INT, 1));  // VIR_DOMAIN_RUNNING_BOOTED
        f.add(counter("cpu.time", up, 12_000_000 + g * 1_000L));
        f.add(counter("cpu.user", up, 7_000_000 + g * 500L));
        f.add(counter("cpu.system", up, 4_000_000 + g * 300L));
        f.add(fixed("vcpu.current", UINT, guest.vcpus()));
        f.add(fixed("vcpu.maximum", UINT, guest.vcpus()));
        for (int v = 0; v < guest.vcpus(); v++) {
            f.add(fixed("vcpu." + v + ".state", INT, 1));  // VIR_VCPU_RUNNING
            f.add(counter("vcpu." + v + ".time", up, 10_000_000 + g * 700L + v));
            f.add(counter("vcpu." + v + ".wait", up, 0));
            f.add(counter("vcpu." + v + ".delay", up, 20_000 + g + v));
        }
        f.add(fixed("net.count", UINT, 1));
        f.add(text("net.0.name", guest.nic()));
        f.add(counter("net.0.rx.bytes", up, 150_000 + g * 13L));
        f.add(counter("net.0.rx.pkts", up, 120 + g % 50));
        f.add(counter("net.0.rx.errs", up, 0));
        f.add(counter("net.0.rx.drop", up, g % 7 == 0 ? 1 : 0));
        f.add(counter("net.0.tx.bytes", up, 90_000 + g * 7L));
        f.add(counter("net.0.tx.pkts", up, 80 + g % 30));
        f.add(counter("net.0.tx.errs", up, 0));
        f.add(counter("net.0.tx.drop", up, 0));
        f.add(fixed("block.count", UINT, guest.disks().size()));
        for (int d = 0; d < guest.disks().size(); d++) {
            String p = "block." + d + ".";
            long reads = 25 + (g + d) % 40;
            long writes = 12 + (g + d) % 20;
            f.add(text(p + "name", guest.disks().get(d)));
            f.add(text(p + "path", guest.paths().get(d)));
            f.add(counter(p + "rd.reqs", up, reads));
            f.add(counter(p + "rd.bytes", up, reads * 4096));
            f.add(counter(p + "rd.times", up, reads * 180_000));
            f.add(counter(p + "wr.reqs", up, writes));
            f.add(counter(p + "wr.bytes", up, writes * 8192));
            f.add(counter(p + "wr.times", up, writes * 350_000));
            f.add(counter(p + "fl.reqs", up, 2));
            f.add(counter(p + "fl.times", up, 900_000));
            f.add(counter(p + "allocation", 2_000, writes * 8192)); // grows as the qcow2 file fills
            f.add(fixed(p + "capacity", ULLONG, 20L << 30));
            f.add(counter(p + "physical", 2_000, writes * 8192));
        }
        return f;
    }

    private static Field fixed(String name, int type, long value) {
        return new Field(name, type, value, 0, null);
    }

    private static Field counter(String name, long up, long perSecond) {
        return new Field(name, ULLONG, up * perSecond, perSecond, null);
    }

    private static Field text(String name, String value) {
        return new Field(name, STRING, 0, 0, value);
    }
}
