package org.pvdm.ui.stats;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.convert.Change;
import org.pvdm.stats.Recording;
import org.pvdm.stats.History;
import org.pvdm.switching.BackupStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pvdm.switching.ApplyResult;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.Settings;
import org.pvdm.ui.common.TaskRunner;
import org.pvdm.ui.guests.GuestItem;
import org.pvdm.ui.hosts.HostSession;
import org.pvdm.ui.hosts.SessionModel;

/**
 * Live statistics side by side: two guests, or one guest before and after its switch. The guests may be on
 * different open hosts: each side is sampled on its own host (one sampler per host in use), into one history.
 * Samples only while the view is shown; keeps a "before" per guest when it is switched.
 */
public final class StatsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(StatsViewModel.class);
    public static final List<Duration> INTERVALS = List.of(Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(5));
    static final Duration CHART_WINDOW = Duration.ofMinutes(2);

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Settings settings;
    private final ObservableList<GuestItem> guests;
    private final ObjectProperty<StatsMode> mode = new SimpleObjectProperty<>(this, "mode", StatsMode.TWO_GUESTS);
    private final ObjectProperty<GuestItem> guestA = new SimpleObjectProperty<>(this, "guestA");
    private final ObjectProperty<GuestItem> guestB = new SimpleObjectProperty<>(this, "guestB");
    private final ObjectProperty<Duration> interval;
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ReadOnlyObjectWrapper<StatsFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final Map<String, Recording> before = new HashMap<>();
    /** Per guest UUID: its devices as they were named and classed when its "before" was kept. */
    private final Map<String, Watch.Side> beforeSides = new HashMap<>();
    /** Per guest UUID: its devices' renames by switches (hda -> vda), from memory and from the backups. */
    private final Map<String, Map<String, String>> renames = new HashMap<>();
    private final BackupStore backups;
    private final Map<String, List<String>> switchedLines = new HashMap<>();
    private History history = new History(History.DEFAULT_WINDOW, INTERVALS.get(0));
    private final boolean watchAll = Boolean.getBoolean("pvdm.stats.watchAll");
    private final Function<GuestItem, HostSession> sessionOf;
    /** One sampler per host a side is on. */
    private final Map<HostSession, LiveStats> lives = new LinkedHashMap<>();
    private long frames;

    /** The guests of one connection: the statistics start afresh when it changes (tests, one host). */
    public StatsViewModel(TaskRunner runner, DialogService dialogs, Settings settings, SessionModel sessions,
                          ObservableList<GuestItem> guests, BackupStore backups) {
        this(runner, dialogs, settings, guests, g -> sessions.session(), backups);
        sessions.sessionProperty().addListener((o, was, now) -> forget());
    }

    /**
     * @param guests    the guests of every open host, for the pickers
     * @param sessionOf the open connection of a guest's own host, null when it is closed
     */
    public StatsViewModel(TaskRunner runner, DialogService dialogs, Settings settings,
                          ObservableList<GuestItem> guests, Function<GuestItem, HostSession> sessionOf,
                          BackupStore backups) {
        this.sessionOf = sessionOf;
        this.runner = runner;
        this.backups = backups;
        this.dialogs = dialogs;
        this.settings = settings;
        this.guests = guests;
        interval = new SimpleObjectProperty<>(this, "interval", savedInterval(settings));
        InvalidationListener rewatch = o -> rewatch();
        mode.addListener(rewatch);
        guestA.addListener(rewatch);
        guestB.addListener(rewatch);
        guestA.addListener((o, was, now) -> follow(was, now));
        guestA.addListener((o, was, now) -> loadRenames(now));
        guestB.addListener((o, was, now) -> follow(was, now));
        interval.addListener((o, was, now) -> {
            settings.put("stats.interval.ms", Long.toString(now.toMillis()));
            settings.save();
            restart();
        });
        paused.addListener((o, was, now) -> {
            lives.values().forEach(l -> l.pause(now));
            updateStatus();
        });
        active.addListener((o, was, now) -> {
            if (now) {
                pickDefaults();
                restart();
            } else {
                lives.values().forEach(LiveStats::stop);
                updateStatus();
            }
        });
        guests.addListener((javafx.collections.ListChangeListener<GuestItem>) c -> {
            if (guestA.get() != null && !guests.contains(guestA.get())) {
                guestA.set(null); // its host was closed
            }
            if (guestB.get() != null && !guests.contains(guestB.get())) {
                guestB.set(null);
            }
            if (active.get() && (guestA.get() == null || guestB.get() == null)) {
                pickDefaults();
            }
            updateStatus();
        });
        updateStatus();
    }

    private static Duration savedInterval(Settings s) {
        try {
            Duration d = Duration.ofMillis(Long.parseLong(s.get("stats.interval.ms", "1000")));
            return INTERVALS.contains(d) ? d : Duration.ofSeconds(1);
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    private final InvalidationListener onGuestChange = o -> rewatch();

    private void follow(GuestItem was, GuestItem now) {
        if (was != null) {
            was.rowProperty().removeListener(onGuestChange);
            was.summaryProperty().removeListener(onGuestChange);
        }
        if (now != null) {
            now.rowProperty().addListener(onGuestChange);
            now.summaryProperty().addListener(onGuestChange);
        }
    }

    /** The one connection changed: nothing of the previous host is shown any more. */
    private void forget() {
        close();
        before.clear();
        beforeSides.clear();
        renames.clear();
        switchedLines.clear();
        history = new History(History.DEFAULT_WINDOW, INTERVALS.get(0));
        guestA.set(null);
        guestB.set(null);
        frame.set(null);
        updateStatus();
    }

    /** The hosts the shown sides are on, left first, each once. */
    private List<HostSession> sideSessions() {
        List<HostSession> out = new java.util.ArrayList<>();
        GuestItem b = mode.get() == StatsMode.BEFORE_AFTER ? null : guestB.get();
        for (GuestItem g : new GuestItem[] {guestA.get(), b}) {
            HostSession s = g == null ? null : sessionOf.apply(g);
            if (s != null && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** The synthetic-counters warning for each shown host that has them. */
    private String notices() {
        return String.join("\n", sideSessions().stream().filter(HostSession::synthetic)
                .map(StatsViewModel::syntheticNotice).toList());
    }

    static String syntheticNotice(HostSession s) {
        return s.label() + ": these counters are SYNTHETIC. libvirt's test driver makes up the same I/O for every"
                + " device (on any disk: 50 kB/s and 100,000 requests/s of reads), so an emulated and a paravirtual device"
                + " look identical here. For real differences run \"pvdm lab up\" (real QEMU guests: IDE vs virtio,"
                + " e1000 vs virtio-net) and connect to qemu:///system.";
    }

    /** Chooses a running guest with emulated devices (left) and a running paravirtual one (right) when none is. */
    void pickDefaults() {
        if (guestA.get() == null) {
            guests.stream().filter(g -> g.summary().state().active() && g.emulated() > 0).findFirst()
                    .ifPresent(guestA::set);
        }
        if (guestB.get() == null) {
            guests.stream().filter(g -> g.summary().state().active() && g.emulated() == 0).findFirst()
                    .ifPresent(guestB::set);
        }
    }

    private void restart() {
        close();
        notice.set(notices());
        if (!active.get()) {
            updateStatus();
            return;
        }
        if (sameUuidOnTwoHosts()) {
            updateStatus(); // their series would share one key: say so rather than draw a mix
            return;
        }
        Watch w = watch();
        for (HostSession s : sideSessions()) {
            LiveStats live = new LiveStats(s.label(), new org.pvdm.stats.ReconnectingSource(s.host().stats(),
                    s.reopen()), interval.get(), history, watchAll, runner, this::show);
            lives.put(s, live);
            live.watch(w, uuidsOn(s, w));
            live.pause(paused.get());
            live.start();
        }
        updateStatus();
    }

    /** Two guests with one UUID on two hosts (a copied definition): one history cannot tell their series apart. */
    private boolean sameUuidOnTwoHosts() {
        GuestItem a = guestA.get();
        GuestItem b = guestB.get();
        return mode.get() == StatsMode.TWO_GUESTS && a != null && b != null && a != b && a.uuid().equals(b.uuid())
                && sessionOf.apply(a) != sessionOf.apply(b);
    }

    /** The UUIDs of the watched guests that live on the given host. */
    private java.util.Set<String> uuidsOn(HostSession s, Watch w) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String uuid : w.uuids()) {
            for (GuestItem g : new GuestItem[] {guestA.get(), guestB.get()}) {
                if (g != null && g.uuid().equals(uuid) && sessionOf.apply(g) == s) {
                    out.add(uuid);
                }
            }
        }
        return out;
    }

    private void show(StatsFrame f) {
        if (lives.isEmpty() || paused.get() && frame.get() != null) {
            return; // paused charts keep still
        }
        frames++;
        frame.set(f);
        updateStatus();
    }

    private void rewatch() {
        if (!lives.keySet().equals(new java.util.LinkedHashSet<>(sideSessions()))) {
            restart(); // a side moved to another host, or one host is no longer needed
            return;
        }
        Watch w = watch();
        lives.forEach((s, live) -> live.watch(w, uuidsOn(s, w)));
        updateStatus();
    }

    Watch watch() {
        GuestItem b = mode.get() == StatsMode.BEFORE_AFTER ? guestA.get() : guestB.get();
        Watch.Side sideA = GuestSides.of(guestA.get());
        Watch.Side sideB = GuestSides.of(b);
        boolean beforeAfter = mode.get() == StatsMode.BEFORE_AFTER && sideA != null;
        Recording kept = beforeAfter ? before.get(sideA.uuid()) : null;
        if (kept != null && beforeSides.containsKey(sideA.uuid())) {
            sideA = beforeSides.get(sideA.uuid()); // the before's labels: "e1000", not what the switch made of it
        }
        return new Watch(mode.get(), sideA, sideB, kept, beforeAfter ? renames.getOrDefault(sideA.uuid(), Map.of())
                : Map.of());
    }

    /** Keeps what was recorded of the left guest so far as its "before" (BEFORE_AFTER mode). */
    public void keepBefore() {
        GuestItem g = guestA.get();
        if (g != null) {
            keepBefore(g.uuid());
        }
    }

    private void keepBefore(String uuid) {
        if (history == null) {
            return;
        }
        Recording r = history.snapshot(history.keys().stream().filter(k -> k.guestUuid().equals(uuid)).toList());
        if (!r.isEmpty()) {
            before.put(uuid, r);
            guests.stream().filter(g -> g.uuid().equals(uuid)).findFirst()
                    .ifPresent(g -> beforeSides.put(uuid, GuestSides.of(g)));
            rewatch();
        }
    }

    /** A switch was applied: keep the guest's "before" and link its renamed disks (hda -> vda). */
    public void switched(ApplyResult result) {
        String uuid = result.plan().uuid();
        Map<String, String> plan = new LinkedHashMap<>();
        for (Change c : result.plan().changes()) {
            if ((c.kind() == DeviceKind.DISK || c.kind() == DeviceKind.CDROM) && !c.device().equals(c.newName())) {
                plan.put(c.device(), c.newName());
            }
        }
        renames.put(uuid, BackupStore.compose(renames.getOrDefault(uuid, Map.of()), plan));
        switchedLines.computeIfAbsent(uuid, k -> new java.util.ArrayList<>())
                .add(result.plan().guest() + ": " + result.plan().changes().size() + " change(s); "
                        + ReportExport.switchedLine(plan, result.backup().time()) + ", backup " + result.backup().id());
        keepBefore(uuid);
        rewatch();
    }

    /** Reads the renames pvdm recorded with the guest's backups (also those of an earlier run or of the CLI). */
    private void loadRenames(GuestItem g) {
        HostSession s = g == null ? null : sessionOf.apply(g);
        if (g == null || s == null || backups == null) {
            return;
        }
        String uri = s.host().uri();
        String uuid = g.uuid();
        runner.run("read the device renames of " + g.name(), () -> backups.renames(uri, uuid), found -> {
            if (!found.isEmpty()) {
                if (!renames.containsKey(uuid)) { // what this run recorded already includes the backups' renames
                    renames.put(uuid, found);
                }
                rewatch();
            }
        }, failure -> LOG.warn("cannot read the device renames of {}: {}", g.name(), failure.getMessage()));
    }

    /** Ticks received by the current sampler, paused ones included (tests). */
    long ticks() {
        return lives.values().stream().mapToLong(LiveStats::ticks).sum();
    }

    /** Writes the comparison shown as one HTML report, in the background. */
    public void exportReport(Path file) {
        if (sideSessions().isEmpty()) {
            dialogs.showError(new org.pvdm.ui.common.Problem("Export the report", "not connected",
                    "connect to a host and pick the guests to compare"));
            return;
        }
        Watch w = watch();
        List<String> lines = w.a() == null ? List.of() : switchedLines.getOrDefault(w.a().uuid(), List.of());
        List<String> details = List.of("Host: " + hostLabel(), "Sampling interval: every " + seconds(interval.get()),
                "Mode: " + mode.get());
        ReportExport.save(history, w, hosts(), List.copyOf(lines), details, file, runner, dialogs);
    }

    /** Each side's host and whether its counters are synthetic (in BEFORE_AFTER mode both sides are the left guest's). */
    SideHosts hosts() {
        HostSession a = guestA.get() == null ? null : sessionOf.apply(guestA.get());
        GuestItem right = mode.get() == StatsMode.BEFORE_AFTER ? guestA.get() : guestB.get();
        HostSession b = right == null ? null : sessionOf.apply(right);
        return new SideHosts(a == null ? "" : a.label(), a != null && a.synthetic(), b == null ? "" : b.label(),
                b != null && b.synthetic());
    }

    /** Saves the shown series as a recording CSV, in the background. */
    public void exportCsv(Path file) {
        if (!lives.isEmpty()) {
            SideHosts h = hosts();
            CsvExport.save(history, watch(), h.label(), h.anySynthetic(), file, runner, dialogs, status::set);
        }
    }

    private void updateStatus() {
        if (guests.isEmpty() && lives.isEmpty()) {
            status.set("Not connected.");
        } else if (sameUuidOnTwoHosts()) {
            status.set("Not sampling: " + guestA.get().name() + " and " + guestB.get().name() + " have the same UUID on"
                    + " two hosts, so their figures could not be told apart. Pick another pair.");
        } else if (!active.get() || lives.isEmpty()) {
            status.set("Sampling stops while this view is hidden.");
        } else if (paused.get()) {
            status.set("Paused: the charts keep their last points.");
        } else {
            StatsFrame f = frame.get();
            String reason = f == null ? null : f.pauseReason();
            status.set(reason != null ? "Not sampling: " + reason
                    : "Sampling every " + seconds(interval.get()) + (f == null ? "…" : "; " + frames + " updates"
                    + (f.droppedTicks() > 0 ? ", " + f.droppedTicks() + (f.droppedTicks() == 1 ? " tick" : " ticks")
                    + " dropped (the host answered slowly)" : "")));
        }
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    public void close() {
        lives.values().forEach(LiveStats::close);
        lives.clear();
    }

    /** The shown sides' host ("demo host"; "demo host (left), qemu:///system (right)"), "" when none. */
    public String hostLabel() {
        return hosts().label();
    }

    /** What a picker calls a guest: its name, and its host when more than one host has guests listed. */
    public String pickerLabel(GuestItem g) {
        if (g == null) {
            return "";
        }
        long hostCount = guests.stream().map(sessionOf).filter(java.util.Objects::nonNull).distinct().count();
        HostSession s = sessionOf.apply(g);
        return hostCount > 1 && s != null ? g.name() + " (" + s.label() + ")" : g.name();
    }

    public ObservableList<GuestItem> guests() {
        return guests;
    }

    public ObjectProperty<StatsMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<GuestItem> guestAProperty() {
        return guestA;
    }

    public ObjectProperty<GuestItem> guestBProperty() {
        return guestB;
    }

    public ObjectProperty<Duration> intervalProperty() {
        return interval;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    /** True while the view is shown: sampling runs only then. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyObjectProperty<StatsFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** The synthetic-counters warning ("" on a real host). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How many frames were drawn since the sampler started (for tests and the status line). */
    public long frames() {
        return frames;
    }
}
