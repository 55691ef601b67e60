package org.pvdm.ui.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.GuestCounters;
import org.pvdm.host.GuestState;
import org.pvdm.host.NetCounters;
import org.pvdm.switching.BackupStore;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.GuestXml;
import org.pvdm.ui.common.RecordingDialogs;
import org.pvdm.ui.common.Settings;
import org.pvdm.ui.guests.GuestItem;
import org.pvdm.ui.guests.GuestsViewModel;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.HostOpener;
import org.pvdm.ui.hosts.HostSession;
import org.pvdm.ui.hosts.SessionModel;

/**
 * An emulated guest on host A against a paravirtual guest on host B: each side is sampled on its own host,
 * the pickers name the host, and what is exported names each side's host.
 */
class StatsAcrossHostsTest {
    @TempDir
    Path tmp;

    private final StatsViewModelSwitchTest.UiQueueRunner runner = new StatsViewModelSwitchTest.UiQueueRunner();
    private final FakeHost hostA = new FakeHost("fake:///a", false);
    private final FakeHost hostB = new FakeHost("fake:///b", false);
    private StatsViewModel vm;
    private GuestsViewModel ga;
    private GuestsViewModel gb;

    @AfterEach
    void close() {
        if (vm != null) {
            vm.close();
        }
    }

    /** Reads grow by a fixed step per sample, so each host's rate tells which host was sampled. */
    private static Function<String, GuestCounters> counters(String disk, long step) {
        AtomicLong r = new AtomicLong();
        return uuid -> {
            long n = r.addAndGet(step);
            return new GuestCounters(uuid, disk, GuestState.RUNNING, -1, 1,
                    List.of(new BlockCounters(disk, n, n * 4096, 0, 0, -1, -1, 0)),
                    List.of(new NetCounters("52:54:00:00:00:01", "vnet0", n, n, 0, 0, n, n, 0, 0)));
        };
    }

    private GuestsViewModel open(FakeHost host, SessionModel sessions) throws InterruptedException {
        GuestsViewModel guests = new GuestsViewModel(runner, sessions, new RecordingDialogs());
        sessions.connect(ConnectionEntry.of(host.uri()));
        runner.drainUntil(v -> guests.all().size() == 1 && guests.all().get(0).row() != null,
                "the guest of " + host.uri() + " listed");
        return guests;
    }

    /**
     * Connects host A with guest xmlA and host B with guest xmlB, both running and read through the given counters,
     * and makes the stats view model over the guests of both hosts.
     */
    private void showBoth(String xmlA, Function<String, GuestCounters> countersA, String xmlB,
                          Function<String, GuestCounters> countersB) throws InterruptedException {
        hostA.add(xmlA, GuestState.RUNNING);
        hostB.add(xmlB, GuestState.RUNNING);
        hostA.counters(countersA);
        hostB.counters(countersB);
        RecordingDialogs dialogs = new RecordingDialogs();
        SessionModel sa = new SessionModel(runner, dialogs, new HostOpener((u, w, p) -> hostA), null);
        SessionModel sb = new SessionModel(runner, dialogs, new HostOpener((u, w, p) -> hostB), null);
        ga = open(hostA, sa);
        gb = open(hostB, sb);
        ObservableList<GuestItem> all = FXCollections.observableArrayList(ga.all());
        all.addAll(gb.all());
        Function<GuestItem, HostSession> sessionOf = g -> ga.all().contains(g) ? sa.session()
                : gb.all().contains(g) ? sb.session() : null;
        vm = new StatsViewModel(runner, dialogs, new Settings(tmp.resolve("settings.properties")), all, sessionOf,
                new BackupStore(tmp.resolve("backups")));
    }

    @Test
    void eachSideIsSampledOnItsOwnHost() throws Exception {
        showBoth(GuestXml.emulated("old"), counters("hda", 100), GuestXml.paravirtual("new"), counters("vda", 300));
        vm.intervalProperty().set(java.time.Duration.ofMillis(500));
        runner.shown = () -> frame() == null ? "none" : frame().a().devices() + " | " + frame().a().status() + " | "
                + frame().b().devices().size() + " | " + frame().b().status() + " | " + frame().summary();
        GuestItem old = ga.all().get(0);
        GuestItem pv = gb.all().get(0);

        assertEquals("old (fake:///a)", vm.pickerLabel(old), "with two hosts listed, the picker names the host");
        assertEquals("new (fake:///b)", vm.pickerLabel(pv));
        vm.guestAProperty().set(old);
        vm.guestBProperty().set(pv);
        vm.activeProperty().set(true);
        runner.drainUntil(v -> frame() != null && !frame().a().devices().isEmpty() && !frame().b().devices().isEmpty()
                && frame().a().devices().get(0).data().size() >= 3 && frame().b().devices().get(0).data().size() >= 3
                && frame().summary().stream().anyMatch(l -> l.text().contains("read ops/s")), "both sides charted");

        assertTrue(hostA.calls("stats") > 0 && hostB.calls("stats") > 0, "each host's counters were read");
        assertTrue(labels(frame().a()).contains("hda (ide, emulated)"), labels(frame().a()).toString());
        assertTrue(labels(frame().b()).contains("vda (virtio, paravirtual)"), labels(frame().b()).toString());
        String line = frame().summary().stream().filter(l -> l.text().contains("read ops/s")).findFirst()
                .orElseThrow().text();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9.]+)x").matcher(line);
        assertTrue(m.find(), line);
        double factor = Double.parseDouble(m.group(1));
        assertTrue(factor > 2.5 && factor < 3.5, "host B's disk reads about 3 times host A's: " + line);
        assertEquals(new SideHosts("fake:///a", false, "fake:///b", false), vm.hosts());
        assertEquals("fake:///a (left), fake:///b (right)", vm.hostLabel());
    }

    @Test
    void twoGuestsWithOneUuidOnTwoHostsAreNotMixed() throws Exception {
        showBoth(GuestXml.emulated("twin"), counters("hda", 100), GuestXml.emulated("twin"), counters("hda", 300));
        vm.guestAProperty().set(ga.all().get(0));
        vm.guestBProperty().set(gb.all().get(0));
        vm.activeProperty().set(true);
        assertTrue(vm.statusProperty().get().startsWith("Not sampling: twin and twin have the same UUID on two hosts"),
                vm.statusProperty().get());
        assertEquals(0, vm.ticks(), "nothing sampled");
    }

    private static List<String> labels(StatsFrame.SideFrame side) {
        return side.devices().stream().map(StatsFrame.DeviceSeries::label).toList();
    }

    private StatsFrame frame() {
        return vm.frameProperty().get();
    }
}
