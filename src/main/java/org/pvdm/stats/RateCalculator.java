package org.pvdm.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.CounterSnapshot;
import org.pvdm.host.GuestCounters;
import org.pvdm.host.NetCounters;

/**
 * Turns consecutive cumulative {@link CounterSnapshot}s into per-series rates.
 *
 * <p>Rates are deltas over the MEASURED elapsed time between the two snapshots of a guest
 * ({@link CounterSnapshot#monotonicNanos()}), never the nominal interval. A series has no sample (a gap,
 * with a reason) on its first tick, when its guest is not running, and when a counter went backwards (the
 * guest or device restarted): it then starts again from the new counters, so there is never a negative
 * rate or a spike. A counter of -1 (not reported) gives NaN, never zero.
 *
 * <p>Not thread-safe: one instance belongs to one sampler thread.
 */
public final class RateCalculator {
    public static final String FIRST_SAMPLE = "waiting for a second sample";
    public static final String RESTARTED = "counters went backwards (guest restarted?)";
    public static final String GONE = "guest not running or gone";
    public static final String DEVICE_REMOVED = "device removed";
    public static final String NO_TIME_ELAPSED = "no time elapsed since the last sample";

    /** What one snapshot gave: the series with rates, and the series without rates with the reason. */
    public record Rates(List<SeriesSample> samples, Map<SeriesKey, String> gaps) {}

    private record Baseline(long nanos, GuestCounters counters) {}

    private Map<String, Baseline> baselines = new HashMap<>();

    /** Rates since the previous snapshot of each guest; remembers this snapshot as the next baseline. */
    public Rates update(CounterSnapshot snapshot) {
        List<SeriesSample> samples = new ArrayList<>(baselines.size() * 4);
        Map<SeriesKey, String> gaps = new HashMap<>();
        Map<String, Baseline> next = new HashMap<>(Math.max(16, baselines.size() * 2));
        long now = snapshot.monotonicNanos();
        for (GuestCounters guest : snapshot.guests()) {
            if (next.containsKey(guest.uuid())) {
                continue; // listed twice in one snapshot: the first one counts
            }
            Baseline prev = baselines.remove(guest.uuid());
            if (!guest.state().active()) {
                String reason = "guest " + guest.state().label();
                GuestRates.gapAll(guest, reason, gaps);
                if (prev != null) {
                    GuestRates.gapAll(prev.counters(), reason, gaps);
                }
                continue;
            }
            next.put(guest.uuid(), new Baseline(now, guest));
            if (prev == null) {
                GuestRates.gapAll(guest, FIRST_SAMPLE, gaps);
            } else if (now - prev.nanos() <= 0) {
                GuestRates.gapAll(guest, NO_TIME_ELAPSED, gaps);
            } else {
                GuestRates.compute(prev.counters(), guest, now - prev.nanos(), samples, gaps);
            }
        }
        for (Baseline gone : baselines.values()) {
            GuestRates.gapAll(gone.counters(), GONE, gaps);
        }
        baselines = next;
        return new Rates(samples, gaps);
    }

    /** Forgets every baseline: the next snapshot starts every series again (after a failure or a pause). */
    public void reset() {
        baselines.clear();
    }

    /** Forgets the guests not in {@code uuids} silently (they are no longer watched). */
    public void retain(Collection<String> uuids) {
        Set<String> keep = new HashSet<>(uuids);
        baselines.keySet().retainAll(keep);
    }

    /** Number of guests with a baseline. */
    public int guests() {
        return baselines.size();
    }

    /** Rates of one guest's series; package-private helpers kept apart to keep the classes small. */
    static final class GuestRates {
        private GuestRates() {}

        static void gapAll(GuestCounters guest, String reason, Map<SeriesKey, String> gaps) {
            for (BlockCounters disk : guest.disks()) {
                gaps.put(SeriesKey.disk(guest.uuid(), disk.device()), reason);
            }
            for (NetCounters nic : guest.nics()) {
                gaps.put(SeriesKey.nic(guest.uuid(), nic.mac()), reason);
            }
            gaps.put(SeriesKey.guest(guest.uuid()), reason);
        }

        static void compute(GuestCounters prev, GuestCounters cur, long dtNanos, List<SeriesSample> out,
                            Map<SeriesKey, String> gaps) {
            if (Counters.backwards(prev.cpuTimeNs(), cur.cpuTimeNs())) {
                gapAll(cur, RESTARTED, gaps);
                return;
            }
            double seconds = dtNanos / 1e9;
            long[] ops = {0, 0}; // sum of I/O ops with known deltas, count of devices that contributed
            for (int i = 0; i < cur.disks().size(); i++) {
                BlockCounters disk = cur.disks().get(i);
                SeriesKey key = SeriesKey.disk(cur.uuid(), disk.device());
                BlockCounters old = Counters.findDisk(prev.disks(), disk.device(), i);
                if (old == null) {
                    gaps.put(key, FIRST_SAMPLE);
                } else if (Counters.backwards(old, disk)) {
                    gaps.put(key, RESTARTED);
                } else {
                    out.add(new SeriesSample(key, cur.name(), Counters.diskRates(old, disk, seconds, ops), true));
                }
            }
            for (int i = 0; i < cur.nics().size(); i++) {
                NetCounters nic = cur.nics().get(i);
                SeriesKey key = SeriesKey.nic(cur.uuid(), nic.mac());
                NetCounters old = Counters.findNic(prev.nics(), nic.mac(), i);
                if (old == null) {
                    gaps.put(key, FIRST_SAMPLE);
                } else if (Counters.backwards(old, nic)) {
                    gaps.put(key, RESTARTED);
                } else {
                    out.add(new SeriesSample(key, cur.name(), Counters.nicRates(old, nic, seconds, ops), true));
                }
            }
            for (BlockCounters disk : prev.disks()) {
                if (Counters.findDisk(cur.disks(), disk.device(), -1) == null) {
                    gaps.put(SeriesKey.disk(cur.uuid(), disk.device()), DEVICE_REMOVED);
                }
            }
            for (NetCounters nic : prev.nics()) {
                if (Counters.findNic(cur.nics(), nic.mac(), -1) == null) {
                    gaps.put(SeriesKey.nic(cur.uuid(), nic.mac()), DEVICE_REMOVED);
                }
            }
            double cpuNs = Counters.delta(prev.cpuTimeNs(), cur.cpuTimeNs());
            double cpuPercent = 100.0 * cpuNs / dtNanos;
            double nsPerOp = ops[1] == 0 || ops[0] == 0 ? Double.NaN : cpuNs / ops[0];
            out.add(new SeriesSample(SeriesKey.guest(cur.uuid()), cur.name(),
                    new double[] {cpuPercent, nsPerOp}, true));
        }
    }
}
