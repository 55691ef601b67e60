package org.pvdm.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.GuestState;
import org.pvdm.host.HostException;
import org.pvdm.switching.BackupStore;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.GuestXml;
import org.pvdm.ui.common.ManualTaskRunner;
import org.pvdm.ui.common.RecordingDialogs;
import org.pvdm.ui.common.Settings;
import org.pvdm.ui.guests.GuestItem;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.ConnectionState;
import org.pvdm.ui.hosts.HostOpener;
import org.pvdm.ui.tree.OpenHost;

/** Several hosts open at once, each on its own connection, at the view-model level (no scene, fake hosts). */
class SeveralHostsViewModelTest {
    @TempDir
    Path tmp;

    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FakeHost hostA = new FakeHost("fake:///a", false);
    private final FakeHost hostB = new FakeHost("fake:///b", false);
    private final Map<String, FakeHost> byUri = Map.of("fake:///a", hostA, "fake:///b", hostB);
    private final ConnectionEntry a = ConnectionEntry.of("fake:///a");
    private final ConnectionEntry b = ConnectionEntry.of("fake:///b");
    private final ConnectionEntry dead = ConnectionEntry.of("fake:///dead");

    private MainViewModel model() {
        HostOpener opener = new HostOpener((uri, writable, prompt) -> {
            FakeHost h = byUri.get(uri);
            if (h == null) {
                throw new HostException(HostException.Kind.UNREACHABLE, "no route to " + uri);
            }
            return h;
        });
        return new MainViewModel(new AppContext(runner, dialogs, new Settings(tmp.resolve("settings.properties")),
                opener, null, new BackupStore(tmp.resolve("backups"))));
    }

    private void guests() {
        hostA.add(GuestXml.emulated("a-ide"), GuestState.RUNNING);
        hostA.add(GuestXml.paravirtual("a-pv"), GuestState.SHUTOFF);
        hostB.add(GuestXml.paravirtual("b-pv"), GuestState.RUNNING);
    }

    private static List<String> names(List<GuestItem> items) {
        return items.stream().map(GuestItem::name).sorted().toList();
    }

    @Test
    void twoHostsAreOpenAtOnceEachWithItsOwnGuests() {
        guests();
        MainViewModel vm = model();
        vm.connections().connect(a);
        runner.runAll();
        vm.connections().connect(b);
        runner.runAll();

        assertEquals(2, vm.hosts().open().size());
        OpenHost ha = vm.hosts().find(a);
        OpenHost hb = vm.hosts().find(b);
        assertEquals(List.of("a-ide", "a-pv"), names(ha.guests().all()));
        assertEquals(List.of("b-pv"), names(hb.guests().all()));
        assertSame(hostA, ha.session().session().host(), "each host keeps its own connection");
        assertEquals("connected: 2 guests, 1 with emulated devices", ha.stateText());
        assertSame(hb, vm.hosts().focusedProperty().get(), "the last host asked for is shown once it works");
        assertEquals(List.of("b-pv"), names(vm.guests().all()));
        assertEquals("Connected to fake:///b", vm.status().get());
        assertEquals(List.of("a-ide", "a-pv", "b-pv"), names(vm.stats().guests()), "the pickers offer every host's guests");

        GuestItem ide = ha.guests().all().stream().filter(g -> g.name().equals("a-ide")).findFirst().orElseThrow();
        vm.showGuest(ha, ide);
        assertSame(ha, vm.hosts().focusedProperty().get());
        assertSame(ide, vm.guests().selectedProperty().get());
        assertSame(ide, vm.devices().guestProperty().get(), "the devices view follows the guest picked in the tree");
        assertEquals("Connected to fake:///a", vm.status().get());
        assertEquals(1, hb.guests().all().size(), "showing one host leaves the other as it was");
    }

    @Test
    void aHostThatFailsSaysWhyInItsNodeAndTheShownHostStaysUsable() {
        guests();
        MainViewModel vm = model();
        vm.connections().connect(a);
        runner.runAll();
        vm.connections().connect(dead);
        runner.runAll();

        OpenHost failed = vm.hosts().find(dead);
        assertEquals(ConnectionState.FAILED, failed.state());
        assertTrue(failed.stateText().startsWith("failed: ") && failed.stateText().contains("fake:///dead"),
                failed.stateText());
        assertEquals(1, dialogs.errors.size(), "the failure is also said in a dialog");
        assertSame(vm.hosts().find(a), vm.hosts().focusedProperty().get(), "the working host stays shown");
        assertEquals("Connected to fake:///a", vm.status().get());
        assertEquals(2, vm.guests().all().size());
    }

    @Test
    void aSlowHostBlocksNoOther() {
        guests();
        MainViewModel vm = model();
        vm.connections().connect(a); // its connect never finishes during this test
        vm.connections().connect(b);
        runner.find("connect to fake:///b").run();
        runner.find("list the guests of fake:///b").run();

        assertEquals(ConnectionState.CONNECTING, vm.hosts().find(a).state());
        assertEquals("connecting…", vm.hosts().find(a).stateText());
        assertSame(vm.hosts().find(b), vm.hosts().focusedProperty().get());
        assertEquals(List.of("b-pv"), names(vm.guests().all()));
    }

    @Test
    void disconnectingOneHostLeavesTheOtherOpen() {
        guests();
        MainViewModel vm = model();
        vm.connections().connect(a);
        vm.connections().connect(b);
        runner.runAll();
        OpenHost hb = vm.hosts().find(b);
        vm.disconnect(hb);
        runner.runAll();

        assertTrue(hostB.closed(), "its connection is closed");
        assertEquals(ConnectionState.DISCONNECTED, hb.state());
        assertNull(vm.hosts().find(b));
        assertSame(vm.hosts().find(a), vm.hosts().focusedProperty().get(), "the window shows the host still open");
        assertTrue(!hostA.closed());
        assertEquals(List.of("a-ide", "a-pv"), names(vm.stats().guests()), "its guests leave the pickers");
    }

    @Test
    void theHostsOpenAtExitAreOpenedAgainAtStart() {
        guests();
        MainViewModel first = model();
        first.connections().connect(a);
        first.connections().connect(b);
        runner.runAll();
        first.shutdown();
        runner.runAll();

        MainViewModel second = model();
        second.start(null);
        runner.runAll();
        assertEquals(List.of(a, b), second.hosts().open().stream().map(OpenHost::entry).toList());
        assertTrue(second.hosts().open().stream().allMatch(OpenHost::usable));
        assertSame(second.hosts().find(a), second.hosts().focusedProperty().get(), "the first of them is shown");
    }

    @Test
    void whenTheShownHostFailsTheNextOneThatWorksIsShown() {
        guests();
        MainViewModel vm = model();
        vm.connections().connect(dead);
        vm.connections().connect(a);
        vm.hosts().prefer(dead);
        runner.runAll();
        assertEquals(ConnectionState.FAILED, vm.hosts().find(dead).state());
        assertSame(vm.hosts().find(a), vm.hosts().focusedProperty().get());
        assertEquals(2, vm.guests().all().size());
    }
}
