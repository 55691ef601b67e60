package org.pvdm.ui.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pvdm.host.GuestState;
import org.pvdm.host.HostException;
import org.pvdm.host.LifecycleEvent;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.GuestXml;
import org.pvdm.ui.common.ManualTaskRunner;
import org.pvdm.ui.common.RecordingDialogs;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.HostOpener;
import org.pvdm.ui.hosts.SessionModel;

/** The guest table's view model on a fake host, with the background work run step by step. */
class GuestsViewModelTest {
    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FakeHost hostA = new FakeHost("fake:///a", false);
    private final FakeHost hostB = new FakeHost("fake:///b", false);
    private final SessionModel sessions = new SessionModel(runner, dialogs,
            new HostOpener((uri, writable, prompt) -> uri.equals("fake:///a") ? hostA : hostB), null);
    private final GuestsViewModel vm = new GuestsViewModel(runner, sessions, dialogs);

    private void connect(String uri) {
        sessions.connect(ConnectionEntry.of(uri));
        runner.find("connect to " + uri).run();
    }

    @Test
    void theListShowsAtOnceAndTheVerdictsFollowInOnePass() {
        int n = 2 * GuestsViewModel.BATCH + 10;
        for (int i = 0; i < n; i++) {
            hostA.add(i % 2 == 0 ? GuestXml.emulated(String.format("g%03d", i)) : GuestXml.paravirtual(String.format("g%03d", i)),
                    GuestState.RUNNING);
        }
        connect("fake:///a");
        assertEquals("Loading the guests of fake:///a…", vm.placeholderProperty().get());
        runner.find("list the guests").run();

        assertEquals(n, vm.all().size(), "every guest is in the table before any definition is read");
        assertTrue(vm.all().stream().allMatch(g -> g.row() == null));
        assertEquals(0, hostA.calls("inactiveXml"));
        List<String> reads = runner.pending().stream().map(ManualTaskRunner.Task::what)
                .filter(w -> w.startsWith("read ")).toList();
        assertEquals(List.of("read the guests' definitions on fake:///a"), reads);
        assertEquals(n + " guests, 0 with emulated devices (checking " + n + ")", vm.countsProperty().get());

        runner.runAll();
        assertEquals(n, hostA.calls("inactiveXml"), "each definition read once");
        assertEquals(n + " guests, 30 with emulated devices", vm.countsProperty().get());
        assertEquals("", vm.placeholderProperty().get());
    }

    @Test
    void repliesForAConnectionLeftMeanwhileAreDropped() {
        hostA.add(GuestXml.emulated("old-guest"), GuestState.RUNNING);
        hostB.add(GuestXml.paravirtual("new-guest"), GuestState.SHUTOFF);
        connect("fake:///a");
        ManualTaskRunner.Task staleList = runner.find("list the guests of fake:///a");

        connect("fake:///b");
        hostA.failNext("guests", new HostException(HostException.Kind.UNREACHABLE, "fake:///a went away"));
        staleList.run();
        assertEquals(List.of(), vm.all(), "the old host's answer (here a failure) does not reach the new table");
        assertEquals(List.of(), dialogs.errors, "nor does its failure show a dialog");

        runner.runAll();
        assertEquals(List.of("new-guest"), vm.all().stream().map(GuestItem::name).toList());
        assertTrue(hostA.closed(), "the connection left behind is closed");
        assertEquals(0, hostA.subscribers(), "and no longer feeds events");
    }

    @Test
    void aGuestThatVanishedLeavesTheTableQuietly() {
        hostA.add(GuestXml.emulated("stays"), GuestState.RUNNING);
        hostA.add(GuestXml.emulated("goes"), GuestState.RUNNING);
        connect("fake:///a");
        runner.runAll();
        GuestItem goes = vm.find(GuestXml.uuidOf("goes"));
        assertNotNull(goes);
        vm.selectedProperty().set(goes);

        hostA.vanish(goes.uuid());
        hostA.fire(new LifecycleEvent(goes.uuid(), "goes", LifecycleEvent.Type.UNDEFINED));
        runner.runAll();

        assertEquals(List.of("stays"), vm.all().stream().map(GuestItem::name).toList());
        assertNull(vm.selectedProperty().get(), "the selection does not point at a guest that is gone");
        assertNull(vm.find(goes.uuid()));
        assertEquals(List.of(), dialogs.errors, "a guest removed elsewhere is news, not an error");
        assertEquals("1 guest, 1 with emulated devices", vm.countsProperty().get());
    }

    @Test
    void eventsArrivingDuringARereadCauseOneMoreReadNotAQueue() {
        hostA.add(GuestXml.emulated("busy"), GuestState.RUNNING);
        connect("fake:///a");
        runner.runAll();
        String uuid = GuestXml.uuidOf("busy");
        int before = hostA.calls("guest");

        for (int i = 0; i < 5; i++) {
            hostA.fire(new LifecycleEvent(uuid, "busy", LifecycleEvent.Type.STARTED));
        }
        assertEquals(1, runner.pending().size(), "five events, one read in flight");
        assertEquals(1, runner.runningProperty().get(), "the status bar counts it");
        runner.runAll();
        assertEquals(before + 2, hostA.calls("guest"), "the read in flight, then one more for the events it missed");
        assertEquals(0, runner.runningProperty().get(), "nothing left running");
    }
}
