package org.pvdm.ui.stats;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.pvdm.stats.Comparison;
import org.pvdm.stats.History;
import org.pvdm.stats.Metric;
import org.pvdm.stats.Recording;
import org.pvdm.stats.SeriesData;
import org.pvdm.stats.SeriesKey;
import org.pvdm.stats.SeriesKind;
import org.pvdm.stats.StatsTick;
import org.pvdm.ui.stats.StatsFrame.DeviceSeries;
import org.pvdm.ui.stats.StatsFrame.SideFrame;

/** Turns the history after a tick into a {@link StatsFrame}; runs on the sampler thread, never on the FX thread. */
final class FrameBuilder {
    /** The headline metric of each pair: read ops/s for disks, received bytes/s for NICs. */
    static final Set<Metric> SUMMARY_METRICS = Set.of(Metric.RD_OPS_S, Metric.RX_BYTES_S);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private FrameBuilder() {}

    static StatsFrame build(StatsTick tick, History history, Watch w, int points) {
        List<SeriesKey> keysB = keysOf(history, w.b());
        SideFrame b = live(history, w.b(), keysB, points, w.mode() == StatsMode.BEFORE_AFTER ? "after" : "");
        SideFrame a;
        Recording recA;
        if (w.mode() == StatsMode.BEFORE_AFTER) {
            a = before(w, points);
            recA = w.before();
        } else {
            List<SeriesKey> keysA = keysOf(history, w.a());
            a = live(history, w.a(), keysA, points, "");
            recA = keysA.isEmpty() ? null : history.snapshot(keysA);
        }
        Recording recB = keysB.isEmpty() ? null : history.snapshot(keysB);
        return new StatsFrame(tick.time(), a, b, summary(recA, recB, w), tick.pauseReason(), tick.droppedTicks());
    }

    static List<SeriesKey> keysOf(History history, Watch.Side side) {
        if (side == null) {
            return List.of();
        }
        return history.keys().stream().filter(k -> k.guestUuid().equals(side.uuid()) && k.kind() != SeriesKind.GUEST)
                .sorted(ORDER).toList();
    }

    /** Disks before NICs, then by name. */
    static final Comparator<SeriesKey> ORDER = Comparator.comparing(SeriesKey::kind).thenComparing(SeriesKey::device);

    private static SideFrame live(History history, Watch.Side side, List<SeriesKey> keys, int points, String role) {
        if (side == null) {
            return SideFrame.empty("No guest chosen", "Pick a guest above.");
        }
        String title = side.name() + (role.isEmpty() ? "" : " — " + role) + " (live)";
        if (keys.isEmpty()) {
            String why = side.running() ? history.pauseReason().orElse("Waiting for the first two samples…")
                    : side.name() + " is shut off: a stopped guest has no I/O counters. Start it to see its statistics.";
            return SideFrame.empty(title, why);
        }
        List<DeviceSeries> devices = new ArrayList<>();
        for (SeriesKey k : keys) {
            devices.add(new DeviceSeries(side.label(k.device()), history.last(k, points)));
        }
        String gap = history.gapReason(keys.get(0)).orElse("");
        return new SideFrame(title, devices, gap);
    }

    private static SideFrame before(Watch w, int points) {
        Watch.Side side = w.a();
        if (side == null) {
            return SideFrame.empty("Before", "Pick a guest above.");
        }
        Recording before = w.before();
        if (before == null || before.isEmpty()) {
            return SideFrame.empty(side.name() + " — before", "No \"before\" kept yet. Let the guest run a while, then"
                    + " press \"Keep as before\" (pvdm also keeps it by itself when you switch this guest).");
        }
        long end = before.keys().stream().map(k -> before.series(k).orElseThrow())
                .mapToLong(d -> d.size() == 0 ? 0 : d.timeMillis(d.size() - 1)).max().orElse(0);
        String at = LocalTime.ofInstant(Instant.ofEpochMilli(end), ZoneId.systemDefault()).format(CLOCK);
        List<DeviceSeries> devices = new ArrayList<>();
        before.keys().stream().filter(k -> k.kind() != SeriesKind.GUEST).sorted(ORDER)
                .forEach(k -> devices.add(new DeviceSeries(side.label(k.device()) + " before",
                        tail(before.series(k).orElseThrow(), points))));
        return new SideFrame(side.name() + " — before (kept at " + at + ")", devices, "");
    }

    static SeriesData tail(SeriesData d, int points) {
        int from = Math.max(0, d.size() - points);
        if (from == 0) {
            return d;
        }
        List<Metric> metrics = Metric.of(d.key().kind());
        long[] times = java.util.Arrays.copyOfRange(d.timesMillis(), from, d.size());
        double[][] values = new double[metrics.size()][];
        for (int i = 0; i < metrics.size(); i++) {
            values[i] = java.util.Arrays.copyOfRange(d.values(metrics.get(i)), from, d.size());
        }
        return new SeriesData(d.key(), d.guestName(), times, values);
    }

    static List<StatsFrame.SummaryLine> summary(Recording a, Recording b, Watch w) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return List.of();
        }
        Comparison c = Comparison.of(a.only(k -> k.kind() != SeriesKind.GUEST), b.only(k -> k.kind() != SeriesKind.GUEST));
        return c.rows().stream().filter(r -> SUMMARY_METRICS.contains(r.metric())).map(FrameBuilder::line).toList();
    }

    /** Splits the engine's line "vda: 1.9x the read ops/s of hda (mean ...)" into headline and figures. */
    static StatsFrame.SummaryLine line(Comparison.Row r) {
        String full = r.line();
        int open = full.indexOf(" (mean ");
        return open < 0 ? new StatsFrame.SummaryLine(full, "")
                : new StatsFrame.SummaryLine(full.substring(0, open), full.substring(open + 2, full.length() - 1));
    }
}
