package org.pvdm.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pvdm.host.GuestSummary;
import org.pvdm.stats.Metric;
import org.pvdm.stats.RateCalculator;
import org.pvdm.stats.SeriesKey;
import org.pvdm.stats.SeriesKind;
import org.pvdm.stats.SeriesSample;
import org.pvdm.stats.StatsTick;

/**
 * What {@code pvdm stats} shows, per watched guest, after the latest tick: its status (running, or why its
 * series are paused or ended), CPU figures, and per disk and NIC the rates or the reason there are none.
 * Updated on the sampler thread, read by the renderer on the same thread.
 */
final class LiveState {
    static final String RUNNING = "running";

    /** One disk or NIC: its rates, or null with the reason (null reason = the guest's status says why). */
    record Device(SeriesKey key, SeriesSample sample, String reason) {}

    /** One guest as shown. */
    static final class Guest {
        final String uuid;
        String name;
        String status;
        double cpuPercent = Double.NaN;
        double cpuNsPerOp = Double.NaN;
        final Map<String, Device> disks = new TreeMap<>();
        final Map<String, Device> nics = new TreeMap<>();
        private boolean seen;

        Guest(GuestSummary summary) {
            this.uuid = summary.uuid();
            this.name = summary.name();
            this.status = summary.state().active() ? RateCalculator.FIRST_SAMPLE
                    : summary.state().label() + ": start it to see its I/O";
        }

        boolean running() {
            return RUNNING.equals(status);
        }

        List<Device> disks() {
            return List.copyOf(disks.values());
        }

        List<Device> nics() {
            return List.copyOf(nics.values());
        }
    }

    private final List<Guest> guests = new ArrayList<>();
    private boolean synthetic;
    private long dropped;
    private final List<String> changes = new ArrayList<>();

    LiveState(GuestSelection selection) {
        selection.guests().forEach(g -> guests.add(new Guest(g)));
    }

    void update(StatsTick tick) {
        synthetic |= tick.synthetic();
        dropped = tick.droppedTicks();
        changes.clear();
        for (Guest g : guests) {
            String before = g.status;
            update(g, tick);
            if (!g.status.equals(before) && !g.running() && !g.status.equals(RateCalculator.FIRST_SAMPLE)) {
                changes.add(g.name + ": " + g.status);
            } else if (g.running() && !before.equals(RUNNING) && !before.equals(RateCalculator.FIRST_SAMPLE)) {
                changes.add(g.name + ": running again");
            }
        }
    }

    private static void update(Guest g, StatsTick tick) {
        g.cpuPercent = Double.NaN;
        g.cpuNsPerOp = Double.NaN;
        if (tick.isPaused()) {
            g.status = tick.pauseReason();
            clear(g);
            return;
        }
        boolean present = false;
        Map<String, Device> disks = new TreeMap<>();
        Map<String, Device> nics = new TreeMap<>();
        for (SeriesSample s : tick.samples()) {
            if (s.key().guestUuid().equalsIgnoreCase(g.uuid)) {
                present = true;
                g.name = s.guestName();
                if (s.key().kind() == SeriesKind.GUEST) {
                    g.status = RUNNING;
                    g.cpuPercent = s.value(Metric.CPU_PERCENT);
                    g.cpuNsPerOp = s.value(Metric.CPU_NS_PER_OP);
                } else {
                    (s.key().kind() == SeriesKind.DISK ? disks : nics).put(s.key().device(), new Device(s.key(), s, null));
                }
            }
        }
        for (Map.Entry<SeriesKey, String> gap : tick.gaps().entrySet()) {
            SeriesKey key = gap.getKey();
            if (key.guestUuid().equalsIgnoreCase(g.uuid)) {
                present = true;
                if (key.kind() == SeriesKind.GUEST) {
                    g.status = gap.getValue();
                } else {
                    (key.kind() == SeriesKind.DISK ? disks : nics).put(key.device(), new Device(key, null, gap.getValue()));
                }
            }
        }
        if (!present) {
            if (g.seen && g.running()) {
                g.status = RateCalculator.GONE;
            }
            clear(g);
            return;
        }
        g.seen = true;
        g.disks.clear();
        g.disks.putAll(disks);
        g.nics.clear();
        g.nics.putAll(nics);
    }

    private static void clear(Guest g) {
        g.disks.replaceAll((k, d) -> new Device(d.key(), null, null));
        g.nics.replaceAll((k, d) -> new Device(d.key(), null, null));
    }

    List<Guest> guests() {
        return guests;
    }

    boolean synthetic() {
        return synthetic;
    }

    long dropped() {
        return dropped;
    }

    /** Status changes of the latest tick worth a note ("web: guest shut off", "web: running again"). */
    List<String> changes() {
        return List.copyOf(changes);
    }
}
