package org.pvdm.ui.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

    static StatsFrame build(StatsTick tick, History history, Watch w, Duration window) {
        Instant since = tick.time().minus(window);
        List<SeriesKey> keysB = keysOf(history, w.b());
        if (w.mode() == StatsMode.BEFORE_AFTER) {
            Recording kept = w.before();
            List<SeriesKey> keysA = kept == null ? List.of()
                    : kept.keys().stream().filter(k -> k.kind() != SeriesKind.GUEST).sorted(ORDER).toList();
            // "after" is only what came after the kept "before": the same NIC's earlier points are not "after"
            Instant after = kept == null ? Instant.EPOCH : Instant.ofEpochMilli(end(kept) + 1);
            List<SeriesData> afterData = keysB.stream().map(k -> history.since(k, after)).filter(d -> !d.isEmpty())
                    .toList();
            Recording recB = afterData.isEmpty() ? null : new Recording(afterData);
            keysB = afterData.stream().map(SeriesData::key).toList();
            Pairing p = Pairing.beforeAfter(keysA, keysB, w.renames());
            SideFrame a = before(w, p.orderA(), window);
            SideFrame b = live(history, w.b(), p.orderB(), since.isBefore(after) ? after : since, "after",
                    p.partnersOfB());
            return new StatsFrame(tick.time(), a, b, summary(kept, recB, p), tick.pauseReason(), tick.droppedTicks(),
                    unpaired(p, w.a(), w.b()));
        }
        Recording recB = keysB.isEmpty() ? null : history.snapshot(keysB);
        List<SeriesKey> keysA = keysOf(history, w.a());
        Recording recA = keysA.isEmpty() ? null : history.snapshot(keysA);
        Pairing p = Pairing.likeWithLike(keysA, keysB, k -> w.a().classOf(k), k -> w.b().classOf(k));
        SideFrame a = live(history, w.a(), p.orderA(), since, "", Map.of());
        SideFrame b = live(history, w.b(), p.orderB(), since, "", Map.of());
        return new StatsFrame(tick.time(), a, b, summary(recA, recB, p), tick.pauseReason(), tick.droppedTicks(),
                unpaired(p, w.a(), w.b()));
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

    private static SideFrame live(History history, Watch.Side side, List<SeriesKey> keys, Instant since, String role,
                                  Map<String, String> was) {
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
            String old = was.get(k.device());
            String label = side.label(k.device()) + (old != null && !old.equals(k.device()) ? " (was " + old + ")" : "");
            devices.add(new DeviceSeries(label, history.since(k, since)));
        }
        String gap = history.gapReason(keys.get(0)).orElse("");
        return new SideFrame(title, devices, gap, false);
    }

    private static SideFrame before(Watch w, List<SeriesKey> keys, Duration window) {
        Watch.Side side = w.a();
        if (side == null) {
            return SideFrame.empty("Before", "Pick a guest above.");
        }
        Recording before = w.before();
        if (before == null || before.isEmpty()) {
            return SideFrame.empty(side.name() + " — before", "No \"before\" kept yet. Let the guest run a while, then"
                    + " press \"Keep as before\" (pvdm also keeps it by itself when you switch this guest).");
        }
        long end = end(before);
        String at = LocalTime.ofInstant(Instant.ofEpochMilli(end), ZoneId.systemDefault()).format(CLOCK);
        List<DeviceSeries> devices = new ArrayList<>();
        for (SeriesKey k : keys) {
            devices.add(new DeviceSeries(side.label(k.device()) + " before",
                    tail(before.series(k).orElseThrow(), end - window.toMillis())));
        }
        return new SideFrame(side.name() + " — before (kept at " + at + ")", devices, "", true);
    }

    /** The time of a recording's last point (epoch ms). */
    static long end(Recording r) {
        return r.keys().stream().map(k -> r.series(k).orElseThrow())
                .mapToLong(d -> d.size() == 0 ? 0 : d.timeMillis(d.size() - 1)).max().orElse(0);
    }

    /** The points at or after {@code fromMillis}. */
    static SeriesData tail(SeriesData d, long fromMillis) {
        int from = 0;
        while (from < d.size() && d.timeMillis(from) < fromMillis) {
            from++;
        }
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

    /** "Not compared: hdc (cdrom) on the left has no like device on the right." */
    static String unpaired(Pairing p, Watch.Side a, Watch.Side b) {
        List<String> parts = new ArrayList<>();
        if (p.orderA().isEmpty() || p.orderB().isEmpty()) {
            return ""; // one side has no data yet: its own status says why
        }
        for (SeriesKey k : p.onlyA()) {
            parts.add(k.device() + " (" + (a == null ? k.kind().label() : a.classOf(k)) + ") on the left");
        }
        for (SeriesKey k : p.onlyB()) {
            parts.add(k.device() + " (" + (b == null ? k.kind().label() : b.classOf(k)) + ") on the right");
        }
        return parts.isEmpty() ? "" : "Not compared, no like device on the other side: " + String.join(", ", parts) + ".";
    }

    static List<StatsFrame.SummaryLine> summary(Recording a, Recording b, Pairing p) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty() || p.pairs().isEmpty()) {
            return List.of();
        }
        Comparison c = Comparison.of(a, b, p.pairs());
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
