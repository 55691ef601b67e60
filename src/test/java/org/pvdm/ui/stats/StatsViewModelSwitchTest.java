package org.pvdm.ui.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.GuestCounters;
import org.pvdm.host.GuestState;
import org.pvdm.host.NetCounters;
import org.pvdm.model.convert.Selection;
import org.pvdm.switching.Applier;
import org.pvdm.switching.ApplyResult;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Planner;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.WriteAccess;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.GuestXml;
import org.pvdm.ui.common.RecordingDialogs;
import org.pvdm.ui.common.Settings;
import org.pvdm.ui.common.TaskRunner;
import org.pvdm.ui.guests.GuestItem;
import org.pvdm.ui.guests.GuestsViewModel;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.HostOpener;
import org.pvdm.ui.hosts.SessionModel;

/**
 * The statistics view model across a switch, on a fake host whose counters the test chooses: the guest's
 * disk is hda before and vda after; the "before" side keeps hda, the live side shows vda, and the summary
 * compares one with the other.
 */
class StatsViewModelSwitchTest {
    @TempDir
    Path tmp;

    /** Work runs at once; what would run on the FX thread waits in a queue that the test thread drains. */
    static final class UiQueueRunner implements TaskRunner {
        final BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
        java.util.function.Supplier<String> shown = () -> "";

        @Override
        public <T> void run(String what, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onUi(() -> onFailure.accept(e));
                return;
            }
            onUi(() -> onSuccess.accept(result));
        }

        @Override
        public void onUi(Runnable r) {
            ui.add(r);
        }

        @Override
        public void later(Runnable r) {
            ui.add(r);
        }

        /** Runs UI work until {@code until} holds; the 60 s bound only stops a hung test, it times nothing. */
        void drainUntil(Predicate<Void> until, String what) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!until.test(null)) {
                Runnable r = ui.poll(100, TimeUnit.MILLISECONDS);
                if (r != null) {
                    r.run();
                } else if (System.nanoTime() > deadline) {
                    throw new AssertionError("never happened: " + what + "; last frame: " + shown.get());
                }
            }
        }
    }

    private final UiQueueRunner runner = new UiQueueRunner();
    private final FakeHost host = new FakeHost();
    private final AtomicLong reads = new AtomicLong();
    private volatile String disk = "hda";
    private volatile long readsPerSample = 100;
    private StatsViewModel vm;

    @AfterEach
    void close() {
        if (vm != null) {
            vm.close();
        }
    }

    private GuestCounters counters(String uuid) {
        long r = reads.addAndGet(readsPerSample);
        return new GuestCounters(uuid, "db", GuestState.RUNNING, -1, 1,
                List.of(new BlockCounters(disk, r, r * 4096, 0, 0, -1, -1, 0)),
                List.of(new NetCounters("52:54:00:00:00:01", "vnet0", r, r, 0, 0, r, r, 0, 0)));
    }

    private List<String> devices(StatsFrame.SideFrame side) {
        return side.devices().stream().map(StatsFrame.DeviceSeries::label).toList();
    }

    @Test
    void afterASwitchTheBeforeKeepsTheOldNameAndTheLiveSideTheNewOne() throws Exception {
        host.add(GuestXml.emulated("db"), GuestState.RUNNING);
        host.counters(this::counters);
        RecordingDialogs dialogs = new RecordingDialogs();
        SessionModel sessions = new SessionModel(runner, dialogs, new HostOpener((u, w, p) -> host), null);
        GuestsViewModel guests = new GuestsViewModel(runner, sessions, dialogs);
        vm = new StatsViewModel(runner, dialogs, new Settings(tmp.resolve("settings.properties")), sessions, guests.all(),
                new BackupStore(tmp.resolve("backups")));
        vm.intervalProperty().set(Duration.ofMillis(500));
        runner.shown = () -> frame() == null ? "none" : devices(frame().a()) + " | " + frame().a().status() + " | "
                + devices(frame().b()) + " | " + frame().b().status() + " | " + frame().summary();
        sessions.connect(ConnectionEntry.of(host.uri()));
        runner.drainUntil(v -> guests.all().size() == 1 && guests.all().get(0).row() != null, "the guest is listed");
        GuestItem db = guests.all().get(0);
        vm.modeProperty().set(StatsMode.BEFORE_AFTER);
        vm.guestAProperty().set(db);
        vm.activeProperty().set(true);

        runner.drainUntil(v -> frame() != null && devices(frame().b()).contains("hda (ide, emulated)")
                && frame().b().devices().get(0).data().size() >= 3, "hda's rates are charted");

        String uuid = GuestXml.uuidOf("db");
        PowerOptions power = new PowerOptions(true, true, PowerOptions.DEFAULT_TIMEOUT, false);
        Plan plan = new Planner(host).plan(uuid, Selection.all(), power, WriteAccess.allowed(), false);
        ApplyResult result = new Applier(host, new BackupStore(tmp.resolve("backups"))).apply(plan, power, m -> { });
        disk = "vda";
        readsPerSample = 200;
        vm.switched(result);
        guests.refreshOne(uuid);

        runner.drainUntil(v -> frame().a().devices().stream().anyMatch(d -> d.label().startsWith("hda"))
                && devices(frame().b()).stream().anyMatch(d -> d.startsWith("vda (virtio, paravirtual)"))
                && frame().summary().stream().anyMatch(l -> l.text().startsWith("vda:")), "vda compared with hda");


        StatsFrame f = frame();
        assertTrue(f.a().title().startsWith("db — before"), f.a().title());
        assertEquals(List.of("hda (ide, emulated) before", "52:54:00:00:00:01 (e1000, emulated) before"), devices(f.a()));
        assertEquals(List.of("vda (virtio, paravirtual) (was hda)", "52:54:00:00:00:01 (virtio, paravirtual)"),
                devices(f.b()));
        String line = f.summary().stream().filter(l -> l.text().startsWith("vda:")).findFirst().orElseThrow().text();
        assertTrue(line.endsWith("the read ops/s of hda"), line);
    }

    private StatsFrame frame() {
        return vm.frameProperty().get();
    }
}
