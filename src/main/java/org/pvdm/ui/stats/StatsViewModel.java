package org.pvdm.ui.stats;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
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
 * Live statistics side by side: two guests, or one guest before and after its switch. Samples only while
 * the view is shown; keeps a "before" per guest when it is switched.
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
    private History history;
    private final boolean watchAll = Boolean.getBoolean("pvdm.stats.watchAll");
    private HostSession session;
    private LiveStats live;
    private long frames;

    public StatsViewModel(TaskRunner runner, DialogService dialogs, Settings settings, SessionModel sessions,
                          ObservableList<GuestItem> guests, BackupStore backups) {
        this.runner = runner;
        this.backups = backups;
        this.dialogs = dialogs;
        this.settings = settings;
        this.guests = guests;
        interval = new SimpleObjectProperty<>(this, "interval", savedInterval(settings));
        sessions.sessionProperty().addListener((o, was, now) -> onSession(now));
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
            if (live != null) {
                live.pause(now);
            }
            updateStatus();
        });
        active.addListener((o, was, now) -> {
            if (now) {
                pickDefaults();
                restart();
            } else if (live != null) {
                live.stop();
                updateStatus();
            }
        });
        guests.addListener((javafx.collections.ListChangeListener<GuestItem>) c -> {
            if (active.get() && (guestA.get() == null || guestB.get() == null)) {
                pickDefaults();
            }
        });
        onSession(sessions.session());
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

    private void onSession(HostSession s) {
        close();
        session = s;
        before.clear();
        beforeSides.clear();
        renames.clear();
        switchedLines.clear();
        history = new History(History.DEFAULT_WINDOW, INTERVALS.get(0));
        guestA.set(null);
        guestB.set(null);
        frame.set(null);
        notice.set(s != null && s.synthetic() ? syntheticNotice(s) : "");
        if (s != null && active.get()) {
            restart();
        }
        updateStatus();
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
        if (session == null || !active.get()) {
            updateStatus();
            return;
        }
        live = new LiveStats(session.label(), new org.pvdm.stats.ReconnectingSource(session.host().stats(),
                session.reopen()),
                interval.get(), history, watchAll, runner,
                this::show);
        live.watch(watch());
        live.pause(paused.get());
        live.start();
        updateStatus();
    }

    private void show(StatsFrame f) {
        if (live == null || paused.get() && frame.get() != null) {
            return; // paused charts keep still
        }
        frames++;
        frame.set(f);
        updateStatus();
    }

    private void rewatch() {
        if (live != null) {
            live.watch(watch());
        }
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
        HostSession s = session;
        if (g == null || s == null || backups == null) {
            return;
        }
        String uri = s.host().uri();
        String uuid = g.uuid();
        runner.run("read the device renames of " + g.name(), () -> backups.renames(uri, uuid), found -> {
            if (session == s && !found.isEmpty()) {
                if (!renames.containsKey(uuid)) { // what this run recorded already includes the backups' renames
                    renames.put(uuid, found);
                }
                rewatch();
            }
        }, failure -> LOG.warn("cannot read the device renames of {}: {}", g.name(), failure.getMessage()));
    }

    /** The known renames of a guest's devices (tests). */
    Map<String, String> renames(String uuid) {
        return Map.copyOf(renames.getOrDefault(uuid, Map.of()));
    }

    /** Ticks received by the current sampler, paused ones included (tests). */
    long ticks() {
        return live == null ? 0 : live.ticks();
    }

    /** Writes the comparison shown as one HTML report, in the background. */
    public void exportReport(Path file) {
        if (session == null || history == null) {
            dialogs.showError(new org.pvdm.ui.common.Problem("Export the report", "not connected",
                    "connect to a host and pick the guests to compare"));
            return;
        }
        Watch w = watch();
        List<String> lines = w.a() == null ? List.of() : switchedLines.getOrDefault(w.a().uuid(), List.of());
        List<String> details = List.of("Host: " + session.label(), "Sampling interval: every " + seconds(interval.get()),
                "Mode: " + mode.get());
        ReportExport.save(history, w, session.label(), session.synthetic(), List.copyOf(lines), details, file, runner,
                dialogs);
    }

    /** Saves the shown series as a recording CSV, in the background. */
    public void exportCsv(Path file) {
        if (live != null) {
            CsvExport.save(live, watch(), session.label(), session.synthetic(), file, runner, dialogs, status::set);
        }
    }

    private void updateStatus() {
        if (session == null) {
            status.set("Not connected.");
        } else if (!active.get() || live == null) {
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
        if (live != null) {
            live.close();
            live = null;
        }
    }

    /** The connection's name ("demo host", "qemu:///system"), "" when none. */
    public String hostLabel() {
        return session == null ? "" : session.label();
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
